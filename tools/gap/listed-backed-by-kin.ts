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

/** How the entry says where its backing came from (backedByKin reads it). */
const KIN_NOTE = "listed, and your experience shows";

/**
 * An entry this file made: a listing raised by a kin's line. The verdict weighs the kin alone
 * (stages.ts): the listed name is the person's word, and a name stuffed into a paragraph or read
 * off a pasted ad sentence lifted a required skill to met by it (robustness, dev.unstructured).
 */
function backedByKin(s: UserSkill): boolean {
  return s.source === "inferred" && s.proficiencyReason.startsWith(KIN_NOTE);
}

/**
 * The skills as the verdict weighs them: the entries this file made left out, and the bare
 * listings they raised with them, so the requirement is met as the kin alone meets it (the
 * taxonomy's related credit), as if the name had not been listed.
 */
export function withoutKinBacked(skills: UserSkill[]): UserSkill[] {
  const raised = new Set(skills.filter(backedByKin).map((s) => s.skillId));
  if (raised.size === 0) return skills;
  return skills.filter(
    (s) => !backedByKin(s) && !(raised.has(s.skillId) && s.evidence.length === 0 && !s.years),
  );
}

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
      proficiencyReason: `${KIN_NOTE} ${kin.name}: "${line}"`,
      proficiencyStated: false,
      source: "inferred",
      evidence: [line],
      validated: false,
    });
  }
  return [...out.values()].sort((a, b) => a.skillId.localeCompare(b.skillId));
}
