/**
 * Whether a message typed while a practice question is open is the answer or another
 * request ("actually show my applications"), read from the intent model's own readings.
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import type { IntentScore } from "./nlu/intent-model.ts";
import type { Outcome, Segment } from "./types.ts";

/** Readings that are talk about the conversation, never a request of their own. */
export const CHATTER = new Set(["greeting", "thanks", "feelings", "pause", "unclear", "help"]);

/**
 * During practice, a message is another request rather than the answer when the model,
 * reading it as said to an open question, gives the answer reading almost nothing and a
 * request most of the rest, and it does not take up the question's own words (an answer
 * that repeats the question's terms is an answer whatever else it sounds like).
 */
const ANSWER_UNLIKELY = 0.05;
const REQUEST_LIKELY = 0.5;

export function isOtherRequest(
  r: { intent: string; score: number; ranked: IntentScore[]; seg: Segment },
  question: string | undefined,
): boolean {
  if (!INTENT_PLANS[r.intent] || CHATTER.has(r.intent) || r.intent === "answer_question") return false;
  const answer = r.ranked.find((x) => x.intent === "answer_question")?.score ?? 0;
  return answer < ANSWER_UNLIKELY && r.score >= REQUEST_LIKELY && echoedShare(r.seg.t, question) < 0.3;
}

/** Share of a message's longer words that the question also uses. */
function echoedShare(t: string, question: string | undefined): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const mine = words(t);
  if (!question || mine.size === 0) return 0;
  const theirs = words(question);
  return [...mine].filter((w) => theirs.has(w)).length / mine.size;
}

/** The practice question stays open behind a request made in between (unless it asks for something else). */
export function keepingPractice(outcome: Outcome): Outcome {
  return outcome.awaiting === undefined ? { ...outcome, awaiting: "practice_answer" } : outcome;
}
