/**
 * "what interview questions should I expect for an AE role?": the questions of that role, retrieved
 * from the bank (tools/interviews, pgvector search), not the general interview advice the intent
 * model read it as (lead's new-user trial, issue 12). A role said by its acronym is spelled out
 * by the interview rule ("AE" -> account executive), so the bank's role filter can read it.
 *
 * Read only when the model took the message for interview advice and the message asks about
 * questions, in the chat's languages; the search's filters are the interview rule's own.
 */

import type { Reading } from "./reading.ts";
import { interviewRule } from "./rules-tracking.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** Questions asked about, in the chat's languages. */
const QUESTIONS = /(?<![\p{L}])(?:questions?|preguntas?|fragen|perguntas?|sawa+l|prashn)(?![\p{L}])/iu;

/** The readings of interview advice the model gives such messages. */
const ADVICE = new Set(["interview_tips", "advice"]);

/** search_questions for the role named, when interview advice was read for a question about questions. */
export function roleQuestionsAsked(whole: Reading, context: PlanContext): Outcome | undefined {
  if (!ADVICE.has(whole.intent) || !QUESTIONS.test(whole.seg.raw)) return undefined;
  const found = interviewRule(whole.seg, context);
  const search = found?.calls[0];
  if (search?.name !== "search_questions" || typeof search.args.role !== "string") return undefined;
  return found!;
}
