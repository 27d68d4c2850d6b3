/**
 * A certificate held is the skill it certifies (issue 13): a nurse who added "BLS" and "ACLS" as
 * certifications was still told "BLS / CPR" and "ACLS" were required gaps (new-user trial
 * 2026-12-06, rnfit2), because skill asks are matched against the profile's skills and a
 * certification entry names none when it was added in chat. Read from the taxonomy, not a list:
 * a held certification whose name (or the part before its issuer) is a taxonomy entry of the
 * certification category is that skill, held with the certificate as its evidence. A skill the
 * profile already lists gets the certificate as evidence behind it (a certificate is evidence:
 * match.ts `backedByWork`); one being worked towards (`inProgress`) or lapsed gives nothing.
 */
import type { CertificationEntry, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { LAPSED } from "./held-credential.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** The taxonomy certification a held certificate names, undefined when it names none. */
function certifiedSkill(entry: CertificationEntry, graph: SkillGraph): string | undefined {
  const line = [entry.name, entry.issuer].filter(Boolean).join(", ");
  if (entry.inProgress || LAPSED.test(line)) return undefined;
  for (const name of [entry.name, entry.name.split(/[,(]/)[0]!]) {
    const node = graph.lookup(name.trim());
    if (node?.category === "certification") return node.id;
  }
  return undefined;
}

/** The profile with each held certificate's skill held, the certificate quoted as its evidence. */
export function withCertificateSkills(profile: ProfileSnapshot, graph: SkillGraph): ProfileSnapshot {
  let skills = profile.skills;
  for (const entry of profile.certifications) {
    const id = certifiedSkill(entry, graph);
    if (!id) continue;
    const evidence = `certificate: ${[entry.name, entry.issuer].filter(Boolean).join(", ")}`;
    const at = skills.findIndex((s) => s.skillId === id);
    if (at >= 0) {
      const held = skills[at]!;
      if (held.evidence.includes(evidence)) continue;
      skills = skills.map((s, i) => (i === at ? { ...held, evidence: [...held.evidence, evidence] } : s));
      continue;
    }
    const added: UserSkill = {
      skillId: id,
      name: graph.get(id)!.name,
      proficiency: "intermediate",
      proficiencyReason: `inferred: holds the certificate "${entry.name}"`,
      proficiencyStated: false,
      source: "inferred",
      evidence: [evidence],
      validated: true,
    };
    skills = [...skills, added];
  }
  return skills === profile.skills ? profile : { ...profile, skills };
}
