/**
 * Questions answered in words before the intent model reads the message, because the model
 * reads them as requests to act: what a role's work is (role-work-question.ts), the way into a
 * role (role-path-question.ts: it set the role as the target, trial F21.1) and how to explain
 * a career gap (career-gap-advice.ts: resume layout advice, trial F10.5).
 */
import type { Focus } from "../graph/focus.ts";
import { careerGapAnswer } from "./career-gap-advice.ts";
import { rolePathAnswer } from "./role-path-question.ts";
import { roleWorkAnswer } from "./role-work-question.ts";
import type { Outcome } from "./types.ts";

export async function questionAnswered(raw: string, focus: Focus): Promise<Outcome | undefined> {
  return (await roleWorkAnswer(raw, focus)) ?? (await rolePathAnswer(raw, focus)) ?? careerGapAnswer(raw);
}
