/**
 * What a person really has, for an honest answer to "can I say I have a degree / know
 * Kubernetes / was a manager?": their education, certifications, roles and years as stored,
 * and for a named skill the skills of theirs the taxonomy puts near it (so "I know Docker,
 * and I'm learning Kubernetes" can replace a claim they cannot back).
 */
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import type { Taxonomy } from "../../data/taxonomy/index.ts";
import type { HonestFacts } from "./types.ts";

/** A parent with more children than this is a broad field ("Programming"): its children are not close. */
const CLOSE_FAMILY = 12;
const MAX_ADJACENT = 3;

/** The person's skills near `named`, closest first: related, parent or child, sibling in a small family. */
export function adjacentSkills(taxonomy: Taxonomy, named: string, own: UserSkill[]): string[] {
  const skill = taxonomy.lookup(named);
  if (!skill) return [];
  const closeness = (s: UserSkill): number => {
    const credit = Math.max(
      taxonomy.relatedCredit(skill.id, s.skillId),
      taxonomy.relatedCredit(s.skillId, skill.id),
    );
    if (credit > 0) return 1 + credit;
    if (taxonomy.isAncestor(skill.id, s.skillId) || taxonomy.isAncestor(s.skillId, skill.id)) return 1;
    const siblings = taxonomy
      .parentsOf(skill.id)
      .some(
        (p) =>
          taxonomy.childrenOf(p.id).length <= CLOSE_FAMILY &&
          taxonomy.parentsOf(s.skillId).some((q) => q.id === p.id),
      );
    return siblings ? 0.5 : 0;
  };
  return own
    .filter((s) => s.skillId !== skill.id)
    .map((s) => ({ name: s.name, score: closeness(s) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, MAX_ADJACENT)
    .map((s) => s.name);
}

export function honestFacts(profile: ProfileSnapshot, taxonomy: Taxonomy, skillNamed?: string): HonestFacts {
  const education = profile.education.map((e) =>
    [
      e.degree && e.field && !e.degree.includes(e.field)
        ? `${e.degree} in ${e.field}`
        : (e.degree ?? e.field),
      e.institution,
    ]
      .filter(Boolean)
      .join(", "),
  );
  const roles = profile.experience
    .map((e) => [e.title, e.company].filter(Boolean).join(" at "))
    .filter(Boolean);
  const facts: HonestFacts = {
    education: education.filter(Boolean),
    certifications: profile.certifications.map((c) => c.name),
    roles,
    ...(profile.totalYearsExperience ? { totalYears: profile.totalYearsExperience } : {}),
  };
  if (skillNamed) {
    const name = taxonomy.lookup(skillNamed)?.name ?? skillNamed;
    const own = profile.skills.find((s) => s.name.toLowerCase() === name.toLowerCase());
    facts.skill = {
      name,
      ...(own ? { has: own.proficiency } : {}),
      adjacent: adjacentSkills(taxonomy, name, profile.skills),
    };
  }
  return facts;
}
