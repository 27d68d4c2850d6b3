/**
 * A listed skill that is a kind of the skill a role's title names — J2EE, Servlets or Struts
 * in the skills of a "Java Developer" since 2008, accounts payable in an "Accountant"'s — is
 * read as part of that role's work, not as a bare listing: a recruiter reads "Java Developer,
 * 11 years; proficiencies: J2EE, JSP" as eleven years of Java work that used J2EE. The link is
 * the taxonomy's (a child under its parent, ESCO's narrower under broader), never a list of
 * pairs, and only a role title can make it: a title is not something a keyword list appended
 * to a resume adds, and a title naming a broad concept ("Software Developer") makes none.
 *
 * The skill gains one evidence line naming the role, nothing else: no years (a listed kind
 * adds no years of experience: experience counts its years from the roles that name it), no
 * level (its level stays the parser's guess). Run once in `analyze`, after the listing
 * re-reads (listed-evidence.ts), so CLI, REST and agent alike see it.
 */
import type { ExperienceEntry, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { backedByWork } from "./match.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

/**
 * Kinds of skill a title can vouch for: a language, tool, platform, database, library or a
 * field's own knowledge. Not a concept ("Web Development", "Programming": a title naming one
 * says too little about its many parts), a soft skill or a certification (earned, not used).
 */
const TITLED_CATEGORIES = new Set([
  "programming_language",
  "tool",
  "cloud_platform",
  "database",
  "framework_library",
  "domain_knowledge",
]);

/** The evidence line's start: what the skill is a kind of, and the role whose title names it. */
export const TITLED_KIND_NOTE = "a kind of";

const roleName = (e: ExperienceEntry) => [e.title, e.company && `at ${e.company}`].filter(Boolean).join(" ");

/** Each titled role's parent skills: the skills its title names that the person's work backs. */
function titledParents(profile: ProfileSnapshot, graph: SkillGraph): Map<string, ExperienceEntry> {
  const backed = new Set(profile.skills.filter(backedByWork).map((s) => s.skillId));
  const parents = new Map<string, ExperienceEntry>();
  for (const role of profile.experience) {
    if (!role.title) continue;
    for (const id of skillsInLine(role.title, graph).keys()) {
      const category = graph.get(id)?.category;
      if (backed.has(id) && category && TITLED_CATEGORIES.has(category) && !parents.has(id))
        parents.set(id, role);
    }
  }
  return parents;
}

function asKind(skill: UserSkill, graph: SkillGraph, parents: Map<string, ExperienceEntry>): UserSkill {
  // Only a bare listing is read again: anything said of the skill already speaks for itself.
  if (backedByWork(skill) || skill.proficiencyStated || skill.source !== "resume") return skill;
  const node = graph.get(skill.skillId);
  if (!node || !TITLED_CATEGORIES.has(node.category)) return skill;
  const parent = node.parents.find((p) => parents.has(p));
  if (!parent) return skill;
  const role = parents.get(parent)!;
  return {
    ...skill,
    evidence: [`${TITLED_KIND_NOTE} ${graph.get(parent)?.name ?? parent}, the work of ${roleName(role)}`],
  };
}

/** The profile with listed kinds of a titled role's skill read as part of that role's work. */
export function withTitledKinds(profile: ProfileSnapshot, graph: SkillGraph): ProfileSnapshot {
  const parents = titledParents(profile, graph);
  if (parents.size === 0) return profile;
  let changed = false;
  const skills = profile.skills.map((s) => {
    const out = asKind(s, graph, parents);
    if (out !== s) changed = true;
    return out;
  });
  return changed ? { ...profile, skills } : profile;
}
