/**
 * A hint for the question on the table asked in texting words: "can u give me a hint for this
 * one", "gimme a clue pls", "any tip for this q?", "una pista?", "un indice stp", "ein Tipp bitte",
 * "me dá uma dica". "give me a … one" read as a request for another question (a new question
 * replaced the open one) when "you" was written "u" (conv12t, a kind of blind10's misses).
 * Read only while an answer is awaited, on short messages that narrate nothing.
 */
import type { Outcome } from "./types.ts";

/** The words for a hint, in the chat's languages. */
const HINT =
  /(?<![\p{L}])(?:hints?|clues?|tips?|nudge(?!\s+me)|pointers?|pista|pistita|indices?|indice|coup de pouce|tipps?|hinweis|dica|dicazinha|ishara)(?![\p{L}])/iu;
/** Someone telling what they did is answering, whatever it ends with. */
const NARRATES =
  /\b(?:i|we)\s+(?:was|were|had|led|built|made|ran|did|took|gave|found|got|went|wrote|told|\w+ed)\b/i;
/** Asking for a question of another kind names one ("a hint of a harder question" is rare). */
const ANOTHER_QUESTION = /\b(?:another|different|new|next|harder|easier|other)\s+(?:one|question|q)\b/i;

/** "nudge me next week to chase them" is a reminder asked, not a hint (a time said to be reminded at). */
const REMINDER = /\b(?:remind|ping me|nudge me|next week|tomorrow|tonight|in \d+ (?:days?|hours?|weeks?))\b/i;

/** "no clue honestly, never did that" answers the question (and is scored), it asks for no clue. */
const HAS_NONE = /\b(?:no|not a|zero|not one)\s+(?:clue|idea|tip|hint)/i;

/** A hint, kept on the open question, when a short message asks for one. */
export function hintAsked(raw: string): Outcome | undefined {
  const t = raw.trim();
  if (
    t.split(/\s+/).length > 12 ||
    !HINT.test(t) ||
    NARRATES.test(t) ||
    ANOTHER_QUESTION.test(t) ||
    REMINDER.test(t) ||
    HAS_NONE.test(t)
  )
    return undefined;
  return { calls: [], say: { kind: "hint", detail: "hint" }, awaiting: "practice_answer" };
}
