/**
 * Short messages read through what the chat just did or asked, before the general reading:
 * "it's Gainsight" after "Which startup was it?" (company-answer.ts), "friday" after "When should
 * I remind you?" (reminder-answer.ts), "what about now?" after a profile change
 * (recheck-after-change.ts), "what questions should I expect for an AE role?"
 * (role-questions-asked.ts), "what do I say when they ask why I'm leaving?" (named-question-asked.ts). Kept together so understand.ts tries them in one step.
 */
import { companyAnswer } from "./company-answer.ts";
import { namedQuestionAsked } from "./named-question-asked.ts";
import type { Reading } from "./reading.ts";
import { recheckAfterChange } from "./recheck-after-change.ts";
import { reminderAnswer } from "./reminder-answer.ts";
import { roleQuestionsAsked } from "./role-questions-asked.ts";
import type { Outcome, PlanContext } from "./types.ts";

export function answerInFocus(raw: string, whole: Reading, context: PlanContext): Outcome | undefined {
  return (
    companyAnswer(raw, context.focus, whole) ??
    reminderAnswer(raw, context.focus) ??
    recheckAfterChange(raw, context.focus) ??
    roleQuestionsAsked(whole, context) ??
    namedQuestionAsked(whole)
  );
}
