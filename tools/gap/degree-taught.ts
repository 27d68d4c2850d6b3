/**
 * What a finished degree teaches, as skills held: a bachelor's in Computer Science teaches
 * algorithms and data structures, so an ad asking for them is not met by "not on your profile"
 * for a new graduate who holds that degree (trial F9.1: a CS graduate gapped on both). Read from
 * the taxonomy, not a list of degrees: the degree's field is a field-of-knowledge node
 * (domain_knowledge) and what it teaches are its narrower concepts that are fundamentals (a
 * concept with nothing narrower under it). A concept with tools or further concepts under it
 * ("Software Development" -> databases, game development; HR -> HRIS suites) is a line of work,
 * not a course's content, and is not given.
 *
 * Given at intermediate level with no years (years come only from dated roles), the degree
 * quoted as the evidence; a skill the profile already holds is left as it is.
 */
import { EDUCATION_ORDER, type ProfileSnapshot, type UserSkill } from "../../contract/profile.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

const FROM_LEVEL = EDUCATION_ORDER.indexOf("bachelor");

/** The fundamentals a field-of-knowledge node names (its narrower leaf concepts). */
function fundamentals(graph: SkillGraph, fieldId: string): string[] {
  const field = graph.get(fieldId);
  if (field?.category !== "domain_knowledge" || field.ambiguous) return [];
  return field.children.filter((id) => {
    const child = graph.get(id);
    return child?.category === "concept" && child.children.length === 0;
  });
}

/** The profile with the fundamentals of each finished degree's field added as skills held. */
export function withDegreeTaughtSkills(profile: ProfileSnapshot, graph: SkillGraph): ProfileSnapshot {
  const held = new Set(profile.skills.map((s) => s.skillId));
  const added: UserSkill[] = [];
  for (const entry of profile.education) {
    if (!entry.level || entry.inProgress || EDUCATION_ORDER.indexOf(entry.level) < FROM_LEVEL) continue;
    const field = entry.field ?? entry.degree;
    if (!field) continue;
    const degree = [entry.degree, entry.institution].filter(Boolean).join(", ");
    for (const fieldId of skillsInLine(field, graph).keys())
      for (const id of fundamentals(graph, fieldId)) {
        if (held.has(id)) continue;
        held.add(id);
        added.push({
          skillId: id,
          name: graph.get(id)!.name,
          proficiency: "intermediate",
          proficiencyReason: `inferred: taught in a degree in ${graph.get(fieldId)!.name}`,
          proficiencyStated: false,
          source: "inferred",
          evidence: [`studied: ${degree || field}`],
          validated: false,
        });
      }
  }
  return added.length ? { ...profile, skills: [...profile.skills, ...added] } : profile;
}
