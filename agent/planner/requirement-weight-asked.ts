/**
 * "is SQL a must-have or a nice-to-have?", "how important is 'client work' for this one?",
 * "¿el inglés es obligatorio?": how much one requirement of the job in focus weighs, asked over
 * an analysis. That requirement's gap explained (required or preferred, and why) — the model
 * splits such a question between the gap, the score and career paths, and was asked back
 * (conv14u, a kind of blind13's misses). Only with an analysis in focus; a pointing word
 * ("is that a dealbreaker?") is left to the gap plan, which knows what "that" is.
 */
import type { Reading } from "./reading.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";

const WEIGHT = String.raw`(?:an?\s+)?(?:must[- ]?have|hard requirement|requirement|required|mandatory|necessary|essential|dealbreaker|deal[- ]breaker|nice[- ]to[- ]have|optional|bonus|plus|big deal)`;
const ASKED = [
  new RegExp(
    String.raw`^(?:so|and|but|ok|okay|wait|hm+)?[\s,]*(?:is|are)\s+(.+?)\s+(?:really\s+|actually\s+|even\s+|like\s+)?${WEIGHT}\b`,
    "iu",
  ),
  /\bhow\s+(?:important|critical|necessary|crucial|much does)\s+(?:is|are)?\s*(.+?)(?:\s+(?:for|to|in)\s+(?:this|that|the|it)\b.*|\s+matter\b.*|\s+really\b.*)?\s*[?!.]*$/iu,
  /^(?:¿)?(?:el|la|los|las)?\s*(.+?)\s+(?:es|son)\s+(?:obligatori[oa]s?|imprescindibles?|necesari[oa]s?|un requisito)\b/iu,
  /^(?:est-ce que\s+)?(?:l['’]|le\s+|la\s+|les\s+)?(.+?)\s+(?:est|sont)\s+(?:obligatoires?|indispensables?|exig[ée]e?s?)\b/iu,
  /^(?:ist|sind)\s+(.+?)\s+(?:pflicht|zwingend|ein muss|notwendig|erforderlich)\b/iu,
  /^(?:o\s+|a\s+)?(.+?)\s+(?:é|e|sao|são)\s+(?:obrigat[óo]ri[oa]s?|essenciais?|essencial|indispens[áa]ve(?:l|is))\b/iu,
];
/** Words that point at what is in focus, or at the whole verdict, rather than name a requirement. */
const NOT_NAMED =
  /^(?:it|that|this|those|these|that one|this one|the .*thing|my score|the score|the verdict|everything|all of (?:it|that|them)|any of (?:it|that|them)|i|you|eso|esto|ça|cela|das|isso)$/iu;

export function requirementWeightAsked(reading: Reading, context: PlanContext): Outcome | undefined {
  const { focus } = context;
  if (!focus.analysisId || focus.topic !== "analysis") return undefined;
  const raw = reading.seg.raw.trim();
  if (raw.split(/\s+/).length > 20) return undefined;
  for (const pattern of ASKED) {
    const said = pattern.exec(raw)?.[1];
    const skill = said
      ?.replace(/["“”'‘’«»]/g, "")
      .replace(/^(?:the|a|an|having|some)\s+/i, "")
      .trim();
    if (!skill || NOT_NAMED.test(skill) || skill.split(/\s+/).length > 5) continue;
    return { calls: [call("explain_gap", { skill })] };
  }
  return undefined;
}
