/**
 * An aside typed while a practice question is open — "lol my cat just sat on the keyboard",
 * "sorry, wrong window", "brb, door" — is neither the answer nor a request: it was scored as an
 * answer (0/100, "doesn't address the question", conv12n: a blind4 miss). The question stays
 * open and the person is told so. Read two ways: words about an interruption or a message not
 * meant for the chat, or the intent model reading it, as said to the open question, as talk
 * (unclear, a pause) with almost no weight on answering. Short messages only: an answer that
 * tells a story is an answer whatever words it uses.
 */
import type { IntentScore } from "./nlu/intent-model.ts";
import type { Outcome } from "./types.ts";

/** Something other than the person typed, or the message was not meant for this chat. */
const INTERRUPTED =
  /\b(?:(?:cat|dog|puppy|kitten|kid|son|daughter|baby|toddler|brother|sister|nephew|niece)\b.{0,40}\b(?:keyboard|keys|laptop|phone|screen|typed|typing|pressed|hit|stepped|walked|sat)|(?:ignore|disregard) (?:that|this|the last (?:one|message)|me)|wrong (?:chat|window|tab|conversation|person)|not (?:meant )?for you|be right back|brb|someone'?s at the door|hold on a (?:sec|second|minute)|one (?:sec|second|moment))\b/i;
/** Someone telling what they did at work is answering, whatever else the message says. */
const TELLS_WORK =
  /\b(?:i|we)\s+(?:led|built|managed|handled|resolved|fixed|organi[sz]ed|delivered|improved)\b/i;
/** Talk that is neither an answer nor a request. */
const TALK = new Set(["unclear", "pause"]);

export function practiceAside(raw: string, ranked: IntentScore[]): Outcome | undefined {
  const text = raw.trim();
  if (text.split(/\s+/).length > 14 || TELLS_WORK.test(text)) return undefined;
  const top = ranked[0];
  const answer = ranked.find((r) => r.intent === "answer_question")?.score ?? 0;
  const talk = top !== undefined && TALK.has(top.intent) && top.score >= 0.6 && answer < 0.05;
  if (!INTERRUPTED.test(text) && !talk) return undefined;
  return { calls: [], say: { kind: "pause", detail: "practice" }, awaiting: "practice_answer" };
}
