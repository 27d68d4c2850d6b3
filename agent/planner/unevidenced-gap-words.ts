/**
 * A top gap that is on the profile with nothing behind it (trial13 finding 4: "add
 * communication as a skill", then "readiness 85/100 … UNFIT … The biggest gaps: Communication"):
 * the reply says the skill is there but unshown, why that still counts as unmet, and asks for
 * the example that would show it — never calls a skill just added "missing" without saying so.
 */
import type { GapBrief } from "../tools/gap-results.ts";
import { listWords } from "./variety.ts";

export function unevidencedGapWords(gaps: GapBrief[] | undefined): string {
  const named = (gaps ?? [])
    .slice(0, 3)
    .filter((g) => g.unevidenced)
    .map((g) => g.skill);
  if (named.length === 0) return "";
  const one = named.length === 1;
  return ` ${listWords(named, 3)} ${one ? "is" : "are"} on your profile, but no role, project or certificate shows ${one ? "it" : "them"} yet, so the job's ask still reads as unmet: a listed skill counts only in part. Tell me a time you showed ${named[0]} — the role and what you did there — so it can count.`;
}
