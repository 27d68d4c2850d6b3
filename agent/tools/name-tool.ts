/**
 * "my name is Marcus Bell btw, not MARCUS BELL", "mi nombre es Lucía Fernández García": the
 * person's name on the profile corrected, through the profile service (tools/profile/name-correction.ts).
 */
import { correctName } from "../../tools/profile/name-correction.ts";
import { undoAdded } from "../graph/profile-undo.ts";
import { profileServiceFor } from "./career-deps.ts";
import { defineTool } from "./types.ts";

export const setNameTool = defineTool({
  name: "set_name",
  description:
    "Correct the person's own name on their profile (as they write it; a name in capitals or small letters gets capital initials).",
  async run(args, ctx) {
    const result = await correctName(profileServiceFor(ctx.db), ctx.userId, args);
    // "undo" right after: the name stored before written back (profile-undo.ts).
    const back =
      result.changed && result.before
        ? { name: "set_name", args: { name: result.before, exact: true } }
        : undefined;
    return { result, focus: { hasProfile: true, ...undoAdded(ctx.focus, back) } };
  },
});
