/**
 * "rename the bus driver one to Bus Driver", "delete the second one", "my GPA is 3.7 not 3.6": an
 * education, experience, project or certification entry corrected or removed, through the profile's
 * correction step (tools/profile/entry-correction.ts). Not found, or several could be meant:
 * nothing changes, and each entry that could be meant is offered as a quick reply.
 */
import { correctEntry } from "../../tools/profile/entry-correction.ts";
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
    return {
      result,
      focus: { hasProfile: true },
      ...(options.length && args.action === "remove"
        ? { parts: [{ type: "quickReplies" as const, options }] }
        : {}),
    };
  },
});
