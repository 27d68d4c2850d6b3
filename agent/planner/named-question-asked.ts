/**
 * "what should I say when they ask why I want to leave?", "how do I answer 'what's your greatest
 * weakness'": a question named by heart. The intent model reads these as interview advice, which
 * gave the same STAR paragraph for every one (chat12u's note, issue 12). The question named goes to
 * practice_question (asked), which shows the bank's nearest question with what a strong answer
 * covers and takes the next message as the answer; the bank decides whether it has the question.
 *
 * Only the words around a named question are read here (an exact format: "when they ask X",
 * "how do I answer X"); which question X is, is the bank's search by meaning. A message naming
 * none ("how do I answer behavioural questions?") stays the general advice.
 */
import type { Reading } from "./reading.ts";
import { call, type Outcome } from "./types.ts";

const ASKER = String.raw`(?:they|he|she|an?\s+interviewers?|the\s+(?:interviewers?|recruiters?|hiring\s+managers?|panel|employers?)|interviewers|recruiters?|employers|someone|people|hr)`;
const OFTEN = String.raw`(?:always\s+|usually\s+|often\s+|inevitably\s+|keep\s+|then\s+)?`;
const WAYS = [
  // "when they ask why I'm leaving", "if the interviewer asks about my weaknesses", "they always ask …"
  new RegExp(
    String.raw`(?:\b(?:when|if|whenever|once)\s+|^\s*)${ASKER}\s+${OFTEN}ask(?:s|ing)?\s+(?:me\s+)?(?:about\s+)?(.+)`,
    "i",
  ),
  // "how do I answer 'why should we hire you'", "tips for answering tell me about yourself"
  /\b(?:how\s+(?:do|should|would|can|to)\s+(?:i\s+)?|tips?\s+(?:for|on)\s+|help\s+(?:me\s+)?(?:with\s+)?|best\s+way\s+to\s+)(?:answer(?:ing)?|respond(?:ing)?\s+to|reply(?:ing)?\s+to|handl(?:e|ing)|tackl(?:e|ing)|deal(?:ing)?\s+with|field(?:ing)?)\s+(?:the\s+)?(?:question\s+)?(?:of\s+|about\s+)?(.+)/i,
  // "what's a good answer to where do you see yourself in 5 years"
  /\b(?:good|best|right|strong|great)\s+(?:answer|response|reply)\s+(?:to|for)\s+(?:the\s+question\s+)?(.+)/i,
  // "what should I say to 'why do you want this job'"
  /\bwhat\s+(?:do|should|would|can)\s+i\s+(?:say|answer|reply|respond)\s+(?:to|for)\s+(.+)/i,
];

/** Where the named question ends: the asking that follows it ("…, how do I handle that"). */
const TAIL =
  /\s*(?:[,;:]\s*(?:so\s+)?(?:how|what|any|tips|help|pls|please)\b.*|\s+(?:what|how)\s+(?:do|should|would|can)\s+i\b.*|\s+(?:in|at|during)\s+(?:an?|the|my)\s+interviews?\b.*)$/i;
const AROUND = /^["'“‘\s]+|["'”’?!.\s]+$/g;
const QUESTION_WORD = /\s+(?:question|q)s?$/i;

/** Words that name kinds of questions, not one question: "how do I answer behavioural questions". */
const KINDS =
  /^(?:(?:the|these|those|such|them|it|that|this|any|all|some|my|common|typical|usual|standard|tough|hard|difficult|tricky|weird|behaviou?ral|technical|situational|case|interview|hr|screening|star|questions?|qs?|stuff|with|using|method)\s*)+$/i;

/** The question named by the message, when it names one. */
export function namedQuestion(raw: string): string | undefined {
  for (const way of WAYS) {
    const m = way.exec(raw);
    if (!m) continue;
    const named = m[1]!.replace(TAIL, "").replace(AROUND, "").replace(QUESTION_WORD, "").trim();
    if (named.length < 4 || KINDS.test(named)) return undefined;
    return named;
  }
  return undefined;
}

/** The readings of interview advice the model gives such messages. */
const ADVICE = new Set(["interview_tips"]);

/** practice_question on the question named, when interview advice was read for a message naming one. */
export function namedQuestionAsked(whole: Reading): Outcome | undefined {
  if (!ADVICE.has(whole.intent)) return undefined;
  const asked = namedQuestion(whole.seg.raw);
  return asked ? { calls: [call("practice_question", { asked })] } : undefined;
}
