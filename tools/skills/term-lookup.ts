/**
 * "whats ADDIE?", "what is SCORM?": what the skill data (O*NET / ESCO via the taxonomy) holds of
 * a term, and whether it is one of the person's gaps. One service for the chat (the planner only
 * reads the question), the CLI (`careercraft taxonomy term`) and REST (GET /api/skills/term/).
 * The taxonomy carries no prose descriptions, so none is made: a known skill gets its kind and
 * what the data lists it with; an unknown term is said to be unknown.
 */
import { getTaxonomy, type Skill } from "../../data/taxonomy/index.ts";

export interface TermLookup {
  term: string;
  /** The skill the data knows by that name, or absent when the data does not hold the term. */
  skill?: { id: string; name: string; kind: string; listedWith: string[] };
  /** The gap (as the analysis names it) that is this term, when it is one. */
  gap?: string;
}

const KIND_WORDS: Record<string, string> = {
  programming_language: "a programming language",
  framework_library: "a software framework or library",
  database: "a database",
  cloud_platform: "a cloud platform",
  tool: "a tool or piece of software",
  methodology: "a method or practice",
  soft_skill: "a soft skill",
  domain_knowledge: "a field of knowledge",
  spoken_language: "a spoken language",
  certification: "a certification",
  concept: "a concept",
};

function listedWith(skill: Skill): string[] {
  const tax = getTaxonomy();
  const parents = tax.parentsOf(skill.id).map((s) => s.name);
  const related = skill.related
    .slice(0, 3)
    .map((r) => tax.get(r.id)?.name)
    .filter((n): n is string => Boolean(n));
  return [...parents.slice(0, 2), ...related].slice(0, 3);
}

/**
 * What the data holds of a term, or undefined when the words name no term at all: a term is a
 * skill the data knows or a name written as one (a capital: "ADDIE", "Epic"), not "overtime".
 */
export function lookUpTerm(term: string, gaps: readonly string[] = []): TermLookup | undefined {
  const said = term.trim();
  if (!said) return undefined;
  const skill = getTaxonomy().lookup(said);
  if (!skill && !/\p{Lu}/u.test(said)) return undefined;
  const name = skill?.name ?? said;
  const gap = gaps.find((g) => g.toLowerCase() === name.toLowerCase());
  return {
    term: said,
    ...(skill
      ? {
          skill: {
            id: skill.id,
            name: skill.name,
            kind: KIND_WORDS[skill.category] ?? "a skill",
            listedWith: listedWith(skill),
          },
        }
      : {}),
    ...(gap ? { gap } : {}),
  };
}
