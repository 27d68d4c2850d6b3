/**
 * Whether a message typed while a practice question is open is the answer or another
 * request ("actually show my applications"), read from the intent model's own readings.
 */
import { STOPWORDS } from "../../data/embeddings/tokenize.ts";
import { isAdviceTopic } from "../../tools/advice/types.ts";
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
const ANSWER_UNLIKELY_ASKED = 0.25;

export function isOtherRequest(
  r: { intent: string; score: number; ranked: IntentScore[]; seg: Segment },
  question: string | undefined,
): boolean {
  // Advice in words counts when it is asked ("how much should a CSM in Denver ask for?"): trial14
  // §8 saw a pay question graded 0/100 as the answer, advice having no plan of its own.
  const asked = /\?\s*$/.test(r.seg.raw.trim());
  const plannable = Boolean(INTENT_PLANS[r.intent]) || (asked && isAdviceTopic(r.intent));
  if (!plannable || CHATTER.has(r.intent) || r.intent === "answer_question") return false;
  const answer = r.ranked.find((x) => x.intent === "answer_question")?.score ?? 0;
  // Asked with a question mark, the answer reading may keep a little more: answers rarely end so.
  const unlikely = asked ? ANSWER_UNLIKELY_ASKED : ANSWER_UNLIKELY;
  return answer < unlikely && r.score >= REQUEST_LIKELY && echoedShare(r.seg.t, question) < 0.3;
}

/**
 * Share of a message's longer words that the question also uses. Function words are not
 * an echo: "ping me in 2 days about it" shares only "about" with "Tell me about a time…".
 */
function echoedShare(t: string, question: string | undefined): number {
  const words = (s: string) =>
    new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));
  const mine = words(t);
  if (!question || mine.size === 0) return 0;
  const theirs = words(question);
  return [...mine].filter((w) => theirs.has(w)).length / mine.size;
}

/** The practice question stays open behind a request made in between (unless it asks for something else). */
export function keepingPractice(outcome: Outcome): Outcome {
  return outcome.awaiting === undefined ? { ...outcome, awaiting: "practice_answer" } : outcome;
}

/** Asked of the agent: a question mark, or a request form at the start ("can you", "give me"). */
const ASKS_AGENT =
  /\?\s*$|^(?:(?:can|could|would|will) you|give me|show me|tell me|help me|any (?:tips|hints|ideas)|pls|please|how (?:do|should|would) i|what (?:should|do|does|would|is|are)|should i|is it ok|puedes|podrías|dame|me das|pode(?:ria)?s?|me d[aá]|peux-tu|pouvez-vous|donne-moi|kannst du|gib mir)\b/i;
/** About the question or how to answer it, not a story. */
const ABOUT_ANSWERING =
  /\b(?:example|sample|hint|tips?|clue|good answer|strong answer|answer|question|mean|structure|include|cover|looking for|expect|format|how long|ejemplo|pista|respuesta|pregunta|exemple|indice|réponse|beispiel|tipp|antwort|frage|exemplo|dica|resposta|pergunta)\b/i;
/** Someone telling what they did is answering, whatever it ends with. */
const NARRATES =
  /\b(?:i|we)\s+(?:was|were|had|led|built|made|ran|did|took|gave|found|got|went|wrote|told|chose|\w+ed)\b/i;
const EXAMPLE = /\b(?:example|sample|model answer|ejemplo|exemple|beispiel|exemplo)\b/i;

/**
 * A message typed during practice that asks for help with the question ("what does a good
 * answer include?", "can you give me an example?", "¿me das una pista?"): "example" when it
 * asks for one, "hint" for any other help, undefined when it reads as an answer.
 */
export function asksAboutTheQuestion(raw: string): "example" | "hint" | undefined {
  const text = raw.trim();
  if (text.split(/\s+/).length > 14 || NARRATES.test(text)) return undefined;
  if (!ASKS_AGENT.test(text) || !ABOUT_ANSWERING.test(text)) return undefined;
  return EXAMPLE.test(text) ? "example" : "hint";
}

/**
 * Asks for a different question, whatever it says about this one: "that's a dumb question,
 * give me another", "I hate this one, something else", "ugh. next one pls". Read in the last
 * clause, where the request is; a message in which the person says what they would do ("I'd
 * try something else") is an answer. A complaint with a request for another was bookmarked (the
 * model heard "question" and "give me") or scored 0 as the answer.
 */
const WANTS_ANOTHER =
  /\b(?:(?:give|get|send|show) me (?:an ?other|a different|a new|the next)|(?:an ?other|a different|a new|the next) (?:one|question|q)\b|another(?: one)?(?: pl(?:ea)?se?| pls| plz)?$|something else|next(?: one)?(?: pl(?:ea)?se?| pls| plz)?$|skip(?: it| this(?: one)?)?(?: pl(?:ea)?se?| pls| plz)?$|otra(?: pregunta)?|une autre|eine andere|outra(?: pergunta)?|dusra (?:sawal|question))/i;
const SAYS_WHAT_THEY_WOULD_DO =
  /\b(?:i|we)\s*(?:\s(?:would|will|might|could|should)|'d|'ll)\s+(?!like|rather|prefer|love|want)\w+/i;

/**
 * A question of a kind asked for while one is open ("gimme a tough technical q on SQL", "hit me
 * with a behavioural question for a nurse manager role", "can I get an easier one about
 * conflict?"): a new question, never the answer to the open one (conv12q, a blind7 class:
 * scored 0 as the answer). Texting "q" is a question. One question: "give me some SQL questions" asks
 * for a list, which the model reads as a search.
 */
const WANTS_A_QUESTION =
  /^(?:(?:ok(?:ay)?|now|so|actually|hmm|nah|pls|please)[\s,]+)*(?:(?:(?:can|could) (?:you|u) |pls |please )?(?:give|gimme|get|send|throw|ask|hit|toss)|(?:can|could|may) i (?:get|have))(?: me)?(?: with)? (?:an?|one|another) (?:[\w-]+ ){0,3}?(?:q|question|one)\b(?! (?:i|we) )/i;

export function asksForAQuestion(raw: string): boolean {
  const text = raw.trim();
  return text.split(/\s+/).length <= 16 && WANTS_A_QUESTION.test(text) && !NARRATES.test(text);
}

export function asksForAnotherQuestion(raw: string): boolean {
  const text = raw.trim();
  if (text.split(/\s+/).length > 14 || NARRATES.test(text)) return false;
  // "bookmark this one and give me another" keeps the bookmark: the model's reading runs it.
  if (/\b(?:bookmark|save|keep|mark|star)\b/i.test(text)) return false;
  const clauses = text
    .split(/[,.;!?—–]+|\s-\s|\s(?:so|just|and|but)\s/i)
    .map((c) => c.trim())
    .filter(Boolean);
  const last = clauses.at(-1) ?? "";
  return WANTS_ANOTHER.test(last) && !SAYS_WHAT_THEY_WOULD_DO.test(text);
}
