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
  const named = ids.length > 1 ? asked.find(same)?.skillId : undefined;
  if (named && ids.includes(named)) return named;
  return ids.reduce((best, id) => (hoursFor(id) < hoursFor(best) ? id : best), ids[0]!);
}
