/**
 * Which alternative of an any-of ask ("Java or Python or Scala") a gap plans when the person
 * holds nothing near any of them (a held or nearby skill is the match, which gaps.ts plans):
 * the one the ask names first (an ad's first, a role profile's field's first choice), else
 * the quickest to learn. The group's ids are sorted by name, so the first of them, Java, was
 * planned for a described data engineer asked "Python or Scala or Java" (a new user's trial,
 * issue 13, F18.2).
 */
import type { SkillRequirement } from "../jobs/types.ts";

export function firstNamedAlternative(
  ids: readonly string[],
  asked: readonly SkillRequirement[],
  hoursFor: (id: string) => number,
): string {
  // The requirement whose skill and alternatives are this group's ids.
  const same = (r: SkillRequirement) => {
    const own = new Set([r.skillId, ...r.alternatives]);
    return own.size === ids.length && ids.every((id) => own.has(id));
  };
  const ask = ids.length > 1 ? asked.find(same) : undefined;
  // A kind of tool ("BI tool (such as Tableau, Power BI)") names its kind first, which is no
  // thing to learn: its most central tool is (the role profile lists them so).
  const named = ask?.toolKind
    ? (ask.alternatives.find((id) => ids.includes(id)) ?? ask.skillId)
    : ask?.skillId;
  if (named && ids.includes(named)) return named;
  return ids.reduce((best, id) => (hoursFor(id) < hoursFor(best) ? id : best), ids[0]!);
}
