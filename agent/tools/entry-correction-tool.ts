/**
 * "rename the bus driver one to Bus Driver", "delete the second one", "my GPA is 3.7 not 3.6": an
 * education, experience, project or certification entry corrected or removed, through the profile's
 * correction step (tools/profile/entry-correction.ts). Not found, or several could be meant:
 * nothing changes, and each entry that could be meant is offered as a quick reply.
 */
import { correctEntry } from "../../tools/profile/entry-correction.ts";
import { undoAdded } from "../graph/profile-undo.ts";
import { profileServiceFor } from "./career-deps.ts";
import { defineTool } from "./types.ts";

export const correctProfileEntryTool = defineTool({
  name: "correct_profile_entry",
  description:
    "Correct (rename, set employer, dates, GPA) or remove an education, experience, project or certification entry on the profile, found by the words said or its position in the profile shown.",
  async run(args, ctx) {
    const result = await correctEntry(profileServiceFor(ctx.db), ctx.userId, args);
    // Which one, asked back: each entry that could be meant, said back naming it.
    const verb = args.action === "remove" ? "remove" : "change";
    const options = result.changed
      ? []
      : result.entries.slice(0, 4).map((e, i) => ({
          id: `correct-entry-${i}`,
          label: e.label,
          text: `${verb} the ${e.kind === "experience" ? "role" : e.kind === "education" ? "education entry" : e.kind.replace(/s$/, "")} ${e.label}`,
        }));
    // "undo" right after an edit: the fields as they were, when each had a value to put back
    // (a field that was empty cannot be emptied again by an edit: then no undo is offered).
    const exact =
      result.changed &&
      result.action === "edit" &&
      result.id &&
      result.previous &&
      Object.keys(result.fields ?? {}).every((k) => k in result.previous!);
    const reversal = exact
      ? {
          name: "correct_profile_entry",
          args: { action: "edit", kind: result.kind, id: result.id, set: result.previous },
        }
      : undefined;
    return {
      result,
      focus: { hasProfile: true, ...undoAdded(ctx.focus, reversal) },
      ...(options.length && args.action === "remove"
        ? { parts: [{ type: "quickReplies" as const, options }] }
        : {}),
    };
  },
});
