/**
 * Questions answered in words before the intent model reads the message, because the model
 * reads them as requests to act: what a role's work is (role-work-question.ts), the way into a
 * role (role-path-question.ts: it set the role as the target, trial F21.1) and how to explain
 * a career gap (career-gap-advice.ts: resume layout advice, trial F10.5), the way between two
 * named roles (role-to-role-path.ts: the generic occupations list, trial F21.3) and a term
 * asked about while a job is in focus (term-asked-about-job.ts: "Which gap do you mean?", F2.5),
 * a 30-60-90 day plan (first-days-plan.ts: refused as off-topic, trial14 §7), two roles weighed against each other (roles-compared.ts: the occupations near the oldest job, trial14 §7),
 * career questions answered beside the point before (career-questions.ts: pay, growth, training
 * in a trade, a requirement disputed), and plain questions about where the person stands (plain-questions.ts: age, a break, the years
 * counted, "where was I?", what was read from a resume).
 */
import type { Focus } from "../graph/focus.ts";
import { careerGapAnswer } from "./career-gap-advice.ts";
import { careerQuestion } from "./career-questions.ts";
import { firstDaysPlanAnswer } from "./first-days-plan.ts";
import { plainQuestion } from "./plain-questions.ts";
import { rolePathAnswer } from "./role-path-question.ts";
import { roleToRolePathAnswer } from "./role-to-role-path.ts";
import { roleWorkAnswer } from "./role-work-question.ts";
import { rolesComparedAnswer } from "./roles-compared.ts";
import { settingChangeAnswer } from "./setting-change-question.ts";
import { termAskedAboutJob } from "./term-asked-about-job.ts";
import type { Outcome } from "./types.ts";

export async function questionAnswered(raw: string, focus: Focus): Promise<Outcome | undefined> {
  return (
    (await rolesComparedAnswer(raw, focus)) ??
    (await firstDaysPlanAnswer(raw, focus)) ??
    (await roleWorkAnswer(raw, focus)) ??
    settingChangeAnswer(raw, focus) ?? // "from agency to in-house": a setting, no role (trial16 §5)
    (await roleToRolePathAnswer(raw, focus)) ??
    (await rolePathAnswer(raw, focus)) ??
    careerGapAnswer(raw) ??
    careerQuestion(raw, focus) ??
    plainQuestion(raw, focus) ??
    termAskedAboutJob(raw, focus)
  );
}
