/**
 * The reply to a role ended or its length corrected (change_role): what changed, in the
 * person's terms, or, when the role said is not on the profile, which roles are (nothing was
 * changed then).
 */

import type { ToolResults } from "../tools/results.ts";
import type { ToolArgs } from "../tools/schemas.ts";
import { listWords } from "./variety.ts";

type Named = { title?: string; company?: string };
export const roleName = (r: Named) =>
  r.title && r.company ? `${r.title} at ${r.company}` : (r.title ?? r.company ?? "that role");

/** "2.5 years", "8 months". */
function lengthWords(months: number): string {
  if (months < 12) return `${months} month${months === 1 ? "" : "s"}`;
  const years = Math.round((months / 12) * 10) / 10;
  return `${years} year${years === 1 ? "" : "s"}`;
}

export function roleChangeWords(r: ToolResults["change_role"], args: ToolArgs<"change_role">): string {
  if (!r.changed) {
    if (r.roles.length === 0)
      return 'Your profile has no jobs yet, so nothing changed. Tell me the job first, e.g. "I worked as a cashier at Target from 2021 to 2024".';
    const which = listWords(r.roles.map(roleName), 6);
    return r.said
      ? `I don't have a job at or as "${r.said}" on your profile, so nothing changed. Which one did you mean: ${which}?`
      : `Which job do you mean: ${which}? Nothing changed yet.`;
  }
  const name = roleName(r);
  const span = r.start ? ` (${r.start} to ${r.end ?? "now"})` : r.end ? ` (until ${r.end})` : "";
  if (args.months !== undefined && args.end === undefined && !args.left)
    return `Updated ${name}: ${lengthWords(args.months)}${span}, not a new job.${
      r.before.start && r.before.start !== r.start ? ` It was from ${r.before.start} before.` : ""
    } Say "show my profile" to check it.`;
  if (r.before.current === false && r.before.end === r.end)
    return `${name} is already on your profile as a past job${span}: nothing to change.`;
  return `Noted: you left ${name}${span}. It's no longer your current job on your profile${
    r.before.current === false && r.before.end ? ` (it had ended ${r.before.end} before)` : ""
  }. Say "show my profile" to check it.`;
}
