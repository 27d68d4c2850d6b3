/**
 * "I left Brightline last month", "it's about 2.5 years actually": a role on the profile ended
 * or its length corrected, through the profile's role-change step (tools/profile/role-change.ts).
 * A role not found changes nothing; the result lists the roles so the reply asks which one.
 */
import { changeRole } from "../../tools/profile/role-change.ts";
import { profileServiceFor } from "./career-deps.ts";
import { defineTool } from "./types.ts";

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/** "2026-11" said as "November 2026", "2022" as "2022". */
function monthWords(date: string): string {
  const [year, month] = date.split("-");
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : year!;
}

export const changeRoleTool = defineTool({
  name: "change_role",
  description:
    "End a role on the person's profile (they left it) or correct how long it lasted: found by the company or title said, else the role talked about.",
  async run(args, ctx) {
    const result = await changeRole(profileServiceFor(ctx.db), ctx.userId, args);
    // Not found: each role on the profile offered, said back the way the planner reads it.
    const options =
      !result.changed && (args.end || args.left)
        ? result.roles.slice(0, 4).map((r, i) => ({
            id: `change-role-${i}`,
            label: r.company ?? r.title ?? "",
            text: `I left ${r.company ? `my job at ${r.company}` : `my ${r.title} job`}${args.end ? ` in ${monthWords(args.end)}` : ""}`,
          }))
        : [];
    return {
      result,
      focus: { hasProfile: true },
      ...(options.length ? { parts: [{ type: "quickReplies" as const, options }] } : {}),
    };
  },
});
