/**
 * A broad concept or method the job asks for ("Cloud Computing", "Agile", "Automation"), said in
 * a role's duties by its everyday word ("moved the billing system to the cloud", "worked in an
 * agile team"). The prose reader (text-skills.ts) leaves such words out of free text, since
 * alone they are ordinary words ("a cloud of dust", "agile and quick"); read everywhere they
 * would be noise. Here the word is read in the job's sense only inside a role that does the
 * job's kind of work, decided by O*NET relations, not by a list of words:
 *   - the held title's occupation is in the job's occupational family (occupation-kinship.ts:
 *     a software developer's "agile team" toward a software job, not a salesperson's "stayed
 *     agile on the sales floor"), or
 *   - the held title's occupation works with a technology filed under the concept (O*NET lists
 *     Azure and AWS for software developers: their "cloud" is cloud computing).
 * Issue 13: real FIT pairs had "Cloud Computing" and "Agile" as open must-haves while the work
 * said them in these words.
 */
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { getRoles } from "../../data/roles/index.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { withoutInstructions } from "../jobs/signals.ts";
import type { JobPosting } from "../jobs/types.ts";
import { jobOccupations, occupationKinship, occupationsOfTitle } from "./occupation-kinship.ts";
import { withoutRunOnLists } from "./run-on-lists.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine, skillsInProse } from "./text-skills.ts";

/** Categories of broad ideas and ways of working; a tool or language must be named as itself. */
const CONCEPT_CATEGORIES = new Set<Skill["category"]>(["concept", "methodology"]);
/** Shorter everyday words ("safe", "rest", "lean", "soap") are too often just words, whatever the role. */
const MIN_WORD = 5;
/** Levels of a concept's children read for the occupation's technologies (Cloud Computing -> AWS -> EC2). */
const DESCENT = 2;

/** The asked concepts and the everyday word each goes by. */
function askedConcepts(job: JobPosting, graph: SkillGraph): { skill: Skill; words: string[] }[] {
  const out: { skill: Skill; words: string[] }[] = [];
  const ids = new Set(job.skills.flatMap((s) => [s.skillId, ...s.alternatives]));
  for (const id of [...ids].sort()) {
    const skill = graph.get(id);
    if (!skill || !CONCEPT_CATEGORIES.has(skill.category)) continue;
    const words = (skill.ambiguousKeys ?? []).filter((k) => /^[a-z]+$/i.test(k) && k.length >= MIN_WORD);
    if (words.length > 0) out.push({ skill, words: words.map((w) => w.toLowerCase()) });
  }
  return out;
}

function descendants(graph: SkillGraph, id: string): Set<string> {
  const out = new Set<string>();
  let level = [id];
  for (let d = 0; d < DESCENT; d++) {
    level = level.flatMap((x) => graph.get(x)?.children ?? []).filter((c) => !out.has(c));
    for (const c of level) out.add(c);
  }
  return out;
}

let technologiesByCode: Map<string, Set<string>> | undefined;
function technologiesOf(code: string): Set<string> {
  technologiesByCode ??= new Map(
    getRoles().roles.map((r) => [
      r.code,
      new Set([...r.coreSkills, ...r.commonSkills, ...(r.toolKinds ?? []).flatMap((k) => k.tools)]),
    ]),
  );
  return technologiesByCode.get(code) ?? new Set();
}

/** The held title's occupation works with the concept or a technology filed under it. */
function occupationWorksWith(title: string, concept: string, family: Set<string>): boolean {
  return occupationsOfTitle(title).some((code) => {
    const tech = technologiesOf(code);
    return tech.has(concept) || [...family].some((id) => tech.has(id));
  });
}

const wordIn = (line: string, word: string) => new RegExp(`\\b${word}\\b`, "i").test(line);

/** A line that only lists skill names ("Cloud, Agile, Java, Python") says no work was done. */
const isList = (line: string, graph: SkillGraph) =>
  skillsInLine(line, graph).size > 0 && skillsInProse(line, graph).size === 0;

/**
 * The asked concepts a role of the job's kind says by their everyday word, each as a skill named
 * in that role with the line quoted (the level of a skill named once in a duty, as text-skills.ts).
 */
export function conceptsSaidInKinRoles(
  profile: ProfileSnapshot,
  job: JobPosting,
  graph: SkillGraph,
): UserSkill[] {
  const concepts = askedConcepts(job, graph);
  if (concepts.length === 0) return [];
  const jobCodes = jobOccupations(graph, job);
  const out: UserSkill[] = [];
  for (const { skill, words } of concepts) {
    const family = descendants(graph, skill.id);
    for (const role of profile.experience) {
      const title = role.title?.trim();
      if (!title) continue;
      const lines = role.bullets.map((b) => withoutRunOnLists(withoutInstructions(b)));
      const at = lines.findIndex((l) => words.some((w) => wordIn(l, w)) && !isList(l, graph));
      if (at < 0) continue;
      const kin =
        occupationKinship(title, jobCodes) === "kin" || occupationWorksWith(title, skill.id, family);
      if (!kin) continue;
      const word = words.find((w) => wordIn(lines[at]!, w))!;
      out.push({
        skillId: skill.id,
        name: word,
        proficiency: "intermediate",
        proficiencyReason: `named in your work as ${title} ("${word}")`,
        proficiencyStated: false,
        source: "inferred",
        evidence: [role.bullets[at]!.trim().slice(0, 200)],
        validated: false,
      });
      break;
    }
  }
  return out;
}
