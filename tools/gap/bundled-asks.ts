/**
 * One sentence, several asks: "Experience with budgeting, forecasting and month-end reporting"
 * asks all three, and a resume that shows budgeting alone does not meet it. Read as one
 * sentence, its likeness to a single resume line said "met" or "unmet" for all three at once.
 * The list after an ask's lead ("experience with", "knowledge of", "skilled in") is cut into
 * one ask per item, each with the lead. A list joined
 * by "or" ("Sketch, Figma or similar") is one any-of ask and stays whole, and so does a
 * sentence whose items are long (a duty told in clauses is not a list).
 */

import { CONCRETE } from "../jobs/requirements.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

/** The lead of an ask that a list of things follows. */
const LEAD =
  /^(.*?\b(?:experience (?:in|with|of|working with|using)|hands-on experience (?:in|with)|knowledge of|familiarity with|familiar with|skill(?:s|ed)? (?:in|with)|background in|understanding of|proficien(?:t|cy) (?:in|with)|expertise in|competent in|comfortable with))\s+(.+)$/i;
/** A list that is one any-of ask, or one that only gives examples ("REST APIs and other engineering concepts"). */
const ANY_OF =
  /\b(or|either|such as|e\.g\.?|for example|for instance|including|like|etc|(?:and|or) (?:other|similar|related))\b|\//i;
/** An item longer than this is a clause, not a thing asked. */
const MAX_ITEM_WORDS = 5;

/**
 * The asks of one sentence: one per item of the list after its lead. Ads are often written
 * without commas ("content management and SEO"), so an "and" cuts too — but only between
 * items that each name a skill the taxonomy knows while the whole does not ("health and
 * safety" is one thing, "progressive and alternative teaching methods" names one skill).
 */
export function splitBundledAsk(text: string, graph: SkillGraph): string[] {
  const m = LEAD.exec(text.trim());
  if (!m) return [text];
  const lead = m[1]!;
  // A bracket is an aside of its item ("(monthly and quarterly)"), not more items.
  const list = m[2]!.replace(/\s*\([^()]*\)/g, "").replace(/[\s.;:!?-]+$/, "");
  if (ANY_OF.test(list) || !/,|\band\b|&/.test(list)) return [text];
  const items = list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((i) => i.trim())
    .filter((i) => i.length > 0);
  if (items.length < 2 || items.some((i) => i.split(/\s+/).length > MAX_ITEM_WORDS)) return [text];
  // An item names a skill in a line, or is one's name or abbreviation on its own ("SEO"). Only
  // knowledge and practices: named tools and languages are asks of their own already
  // (tools/jobs/requirements.ts CONCRETE, matched by the taxonomy), and read again as duties they
  // weighed twice (measured on the team's extra pairs: three software verdicts less right).
  const named = (t: string) =>
    [...skillsInLine(t, graph).entries(), ...(graph.lookup(t) ? [[graph.lookup(t)!.id, t] as const] : [])]
      .filter(([id]) => !CONCRETE.has(graph.get(id)?.category ?? ""))
      .map(([, phrase]) => phrase);
  // The whole list is one skill's name ("health and safety"): one ask.
  if (named(list).some((phrase) => /\band\b|&/.test(phrase))) return [text];
  if (!items.every((i) => named(i).length > 0)) return [text];
  return items.map((item) => `${lead} ${item}`);
}
