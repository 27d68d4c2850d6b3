/**
 * A question typed while a practice question is open — "how do i explain the gap on my
 * resume?", "wait what does STAR mean" — is a question to answer, not the answer to score (the
 * new-user trial saw the gap question scored 0/100 as the practice answer, and "what does STAR
 * mean" get the help list). The practice question stays open behind the reply.
 *  - STAR, the answer structure the feedback names, is explained in words.
 *  - A question the planner answers in words anywhere (a career gap, what a role does, the way
 *    into a role: questions-answered.ts) is answered the same way here.
 * Someone telling what they did is answering, whatever else the message says.
 */
import type { Focus } from "../graph/focus.ts";
import { questionAnswered } from "./questions-answered.ts";
import type { Outcome } from "./types.ts";

/** Said as a question: a question mark, or a question word or request at the start. */
const ASKED =
  /\?\s*$|^(?:(?:wait|so|ok(?:ay)?|hmm+|um+|sorry|but|quick question)[,.!\s]+)*(?:what|wat|wht|how|why|can|could|should|is|does|do|qu[eé]|c[oó]mo|que|comment|was|wie|o que|como)\b/i;
/** Someone telling what they did, or would do. */
const NARRATES =
  /\b(?:i|we)\s+(?:was|were|had|led|built|made|ran|did|took|gave|found|got|went|wrote|told|chose|would|will|\w+ed)\b|\bi'?d\s+\w+/i;
/** "what does STAR mean", "STAR method?", "¿qué es STAR?", "was heißt STAR". */
const ASKS_STAR =
  /\bstar\b(?:\s+(?:method|technique|format|structure|m[eé]todo|m[ée]thode|methode))?\s*(?:mean|stand|\?|$)|\b(?:what|wat|wht)(?:'s|s| is| does)\s+(?:the\s+)?star\b|\b(?:qu[eé]\s+es|c'est\s+quoi|qu'est-ce\s+que|was\s+(?:ist|hei[sß]t|bedeutet)|o\s+que\s+(?:é|e|significa))\s+(?:el\s+|la\s+|le\s+|die\s+|das\s+|o\s+)?(?:m[eé]todo\s+|m[ée]thode\s+|methode\s+)?star\b/i;

function starExplained(focus: Focus): Outcome {
  const open = focus.questionText ? ` The question is still open: "${focus.questionText}"` : "";
  const detail = [
    "STAR is a way to tell a work story so an interviewer can follow it:",
    "• Situation: where and when, in one line.",
    "• Task: what you had to achieve or fix.",
    "• Action: what you did yourself, step by step (most of the answer).",
    "• Result: what came of it, with a number if you can.",
    `${open ? `${open.trim()} — answer it in that order.` : "Answer the question in that order."} Say "hint" for help with this one.`,
  ].join("\n");
  return { calls: [], say: { kind: "role_work", detail }, awaiting: "practice_answer" };
}

/** The reply to a question asked during practice, or undefined when the message is the answer. */
export async function questionDuringPractice(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const text = raw.trim();
  if (text.split(/\s+/).length > 20 || !ASKED.test(text) || NARRATES.test(text)) return undefined;
  if (ASKS_STAR.test(text)) return starExplained(focus);
  const answered = await questionAnswered(text, focus);
  return answered ? { ...answered, awaiting: "practice_answer" } : undefined;
}
