/**
 * The skills a requirement names that the person holds, through the taxonomy (evidence.ts):
 * the skill itself or a narrower one ("cold calling" and "telemarketing" are one ESCO skill;
 * PostgreSQL satisfies "SQL"; Salesforce is a CRM), or a skill the taxonomy relates to it, for
 * part of the credit (Salesforce toward HubSpot). Only skills with evidence behind them count.
 */
import type { UserSkill } from "../../contract/profile.ts";
import { backedByWork } from "./match.ts";
import type { TypedRequirement } from "./requirements.ts";
import { ancestorsOf, relatedCredit, type SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

/**
 * A held skill the ask names, through the taxonomy ("cold calling" and "telemarketing" are one
 * ESCO skill; PostgreSQL satisfies "SQL"); only skills with evidence behind them count. A
 * qualification needs every skill it names ("automated testing using Java" is met by neither
 * alone), unless they are alternatives ("Java or Kotlin").
 */
export function heldByTaxonomy(
  requirement: TypedRequirement,
  held: UserSkill[],
  graph: SkillGraph,
): UserSkill[] {
  const ask = requirement.text;
  const named = [...skillsInLine(ask, graph).keys()].sort();
  if (named.length === 0) return [];
  const evidenced = held.filter(backedByWork);
  const holding = (id: string) =>
    evidenced.filter((s) => s.skillId === id || ancestorsOf(graph, s.skillId).has(id));
  // "Java or Kotlin", "Python/R": alternatives, any one will do.
  const everyOne = requirement.about === "qualification" && !/\bor\b|\w\/\w/i.test(ask);
  // A word the taxonomy holds as a skill only in context ("management" of "pipeline
  // management") is not a skill the ask needs beside one it names plainly ("CRM").
  const plain = named.filter((id) => !graph.get(id)?.ambiguous);
  const needed = plain.length > 0 ? plain : named;
  if (everyOne && needed.some((id) => holding(id).length === 0)) return [];
  return named.flatMap(holding);
}

/** A held skill the taxonomy relates to one the ask names earns this much of it, at least. */
const RELATED_MIN = 0.5;

/**
 * A held skill the taxonomy relates to the one a duty ask names (Salesforce for "HubSpot
 * pipeline management": related 0.5), with the taxonomy's credit: the ask is partly met. Only
 * when every skill the ask plainly names has such a relative, as for a held one.
 */
export function relatedByTaxonomy(
  requirement: TypedRequirement,
  held: UserSkill[],
  graph: SkillGraph,
): { skill: UserSkill; credit: number } | undefined {
  if (requirement.type !== "duty") return undefined;
  const named = [...skillsInLine(requirement.text, graph).keys()].filter((id) => !graph.get(id)?.ambiguous);
  if (named.length === 0) return undefined;
  const evidenced = held.filter(backedByWork);
  let weakest: { skill: UserSkill; credit: number } | undefined;
  for (const id of named.sort()) {
    let best: { skill: UserSkill; credit: number } | undefined;
    for (const s of evidenced) {
      const credit = relatedCredit(graph, id, s.skillId);
      if (credit >= RELATED_MIN && (!best || credit > best.credit)) best = { skill: s, credit };
    }
    if (!best) return undefined;
    if (!weakest || best.credit < weakest.credit) weakest = best;
  }
  return weakest;
}
