/**
 * Another practice question on a topic, asked while one is open: "ok next, give me one about
 * fintech or payments", "next one on stakeholder management pls", "another about SQL joins".
 * Trial14 §8: "next" was read as a skip and the topic dropped (an accessibility question came
 * for "fintech or payments"). Read as the request it is — a question about that topic — by the
 * same plan a request outside practice takes ("give me a question about …").
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import { toSegment } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** "one/question/another/next … about|on|around <topic>" at the end of a short request. */
const ONE_ABOUT =
  /\b(?:one|question|q|another|next|otra|une autre|eine andere|outra)(?:\s+(?:one|question|pregunta|question|frage|pergunta))?\s+(?:about|on|around|regarding|covering|sobre|de|sur|zu|über|sobre)\s+(.+?)[\s,]*(?:pl(?:ea)?se?|pls|plz|thanks|thx|por favor|stp|bitte)?[\s?.!]*$/iu;
/** What may come before the request: fillers and asking words, in the chat's languages. */
const LEAD_IN =
  /^(?:(?:ok(?:ay)?|alright|right|so|now|cool|great|thanks|thx|nah|hmm+|and|then|next|pls|please|can|could|you|u|i|get|have|give|gimme|me|send|throw|ask|hit|with|a|an|one|another|dame|d[eé]me|vale|bueno|donne-moi|donnez-moi|gib|mir|bitte|me d[aáê]|manda|otra)[\s,.!]*)*$/iu;
/** Someone telling what they did is answering ("I was next on the rota about…"). */
const NARRATES =
  /\b(?:i|we)\s+(?:was|were|had|led|built|made|ran|did|took|gave|found|got|went|wrote|told|chose|would|\w+ed)\b|\bi'?d\s+\w+/i;

export function practiceTopicAsked(raw: string, context: PlanContext): Outcome | undefined {
  const text = raw.trim();
  if (text.split(/\s+/).length > 16 || NARRATES.test(text)) return undefined;
  const m = ONE_ABOUT.exec(text);
  // Only asking words may come before it: "I test the next one on paper" is an answer.
  if (!m || !LEAD_IN.test(text.slice(0, m.index))) return undefined;
  const topic = m[1]?.trim();
  if (!topic || topic.split(/\s+/).length > 8) return undefined;
  return INTENT_PLANS.practice_question!(toSegment(`give me a question about ${topic}`), context);
}
