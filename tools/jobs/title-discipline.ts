/**
 * The discipline a described title names, read from the taxonomy: the title with its agent
 * noun turned into the activity ("ux designer" -> "ux design", "web designer" -> "web design").
 * O*NET files some occupations with another field (Web and Digital Interface Designers with
 * the computer occupations), so the occupation's required kinds include that field's tools
 * (Git, Jira, Java). A kind the occupation's trade does not concentrate (ToolKind.outsideTrade)
 * stays required only when one of its tools is of the discipline the title names — under it or
 * under one of its parents (JavaScript is web development, a parent of web design) — else it
 * is a nice-to-have. English word forms only: an exact format, not a list of titles.
 */
import type { ToolKind } from "../../data/roles/types.ts";
import { ancestorsOf, type SkillGraph } from "../gap/skill-graph.ts";

const AGENT_NOUNS: readonly [RegExp, string][] = [
  [/designer$/, "design"],
  [/developer$/, "development"],
  [/engineer$/, "engineering"],
  [/scientist$/, "science"],
  [/analyst$/, "analysis"],
  [/manager$/, "management"],
  [/administrator$/, "administration"],
  [/architect$/, "architecture"],
  [/writer$/, "writing"],
];

/** The taxonomy skill a title's work is ("ux-design" for "UX Designer"), if it names one. */
export function titleDiscipline(title: string, graph: SkillGraph): string | undefined {
  const said = title.toLowerCase().trim();
  for (const [agent, activity] of AGENT_NOUNS) {
    if (!agent.test(said)) continue;
    const skill = graph.lookup(said.replace(agent, activity));
    return skill && skill.type !== "soft" ? skill.id : undefined;
  }
  return undefined;
}

/**
 * The kinds with the ones outside both the occupation's trade and the title's discipline no
 * longer required. When no required kind is of the discipline, the kinds are left as they are:
 * the title then says nothing the data does not.
 */
export function kindsForDiscipline(
  kinds: readonly ToolKind[],
  discipline: string | undefined,
  graph: SkillGraph,
): ToolKind[] {
  if (!discipline) return [...kinds];
  const own = new Set([discipline, ...(graph.get(discipline)?.parents ?? [])]);
  const ofDiscipline = (k: ToolKind) =>
    [k.skillId, ...k.tools].some(
      (id) => id !== undefined && (own.has(id) || [...ancestorsOf(graph, id)].some((a) => own.has(a))),
    );
  const required = kinds.filter((k) => k.required);
  if (!required.some(ofDiscipline)) return [...kinds];
  return kinds.map((k) => (k.required && k.outsideTrade && !ofDiscipline(k) ? { ...k, required: false } : k));
}
