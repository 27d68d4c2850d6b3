/**
 * A skill the person lists is backed when a role names its close kin (issue 13, trial14 §3): a
 * product designer listed "User Research" and her bullet ran "discovery workshops, journey maps
 * and remote usability tests" — the role names Usability Testing, which the taxonomy relates to
 * User Research (credit 0.6), yet the listing stayed "only listed, with no role behind it".
 *
 * Only a skill the person claims is backed this way, and only by a kin the taxonomy links
 * closely (a `related` credit of at least CLOSE_KIN, either side; a child named in a role already
 * meets its parent by matching): a role showing usability tests is evidence for a user-research
 * claim, not a reason to grant user research nobody claimed (that stays partial credit through
 * the related link). The level is a named skill's ("intermediate", as text-skills.ts gives a skill
 * one duty names): one line of kin work is not years of it.
 */
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { relatedCredit, type SkillGraph } from "./skill-graph.ts";

/** The taxonomy's usual link between a practice and the method that is part of it. */
const CLOSE_KIN = 0.6;

/** Entries for listed skills a role backs through a close kin, each quoting the role line. */
export function listedSkillsBackedByKin(
  profile: ProfileSnapshot,
  graph: SkillGraph,
  namedInRoles: readonly UserSkill[],
): UserSkill[] {
  const named = new Set(namedInRoles.map((s) => s.skillId));
  const out = new Map<string, UserSkill>();
  for (const listed of profile.skills) {
    const id = listed.skillId ?? graph.lookup(listed.name)?.id;
    if (!id || named.has(id) || out.has(id) || !graph.get(id)) continue;
    const kin = namedInRoles.find((s) => relatedCredit(graph, id, s.skillId) >= CLOSE_KIN);
    if (!kin) continue;
    const line = kin.evidence?.[0] ?? "";
    out.set(id, {
      skillId: id,
      name: graph.get(id)?.name ?? listed.name,
      proficiency: "intermediate",
      proficiencyReason: `listed, and your experience shows ${kin.name}: "${line}"`,
      proficiencyStated: false,
      source: "inferred",
      evidence: [line],
      validated: false,
    });
  }
  return [...out.values()].sort((a, b) => a.skillId.localeCompare(b.skillId));
}
