/**
 * Requests said with a mark instead of words, as people type them on a phone: "wk 3 ✅",
 * "step 2 ✔" over a roadmap tick that week off; "⭐ this one" / "🔖" with a practice question
 * on the table keeps it. The model reads words, and a check mark or a star alone left it with
 * a week to show or nothing it was sure of (conv12r, a blind8 class). Exact formats, so a rule.
 */
import { normalize } from "./normalize.ts";
import { call, calls, type Outcome, type PlanContext } from "./types.ts";
import { weeksSaid } from "./weeks-said.ts";

/** Marks that say "done". */
const CHECK = /[✔✅☑✓]|\[x\]/iu;
/** Marks that say "keep this". */
const STAR = /[⭐🌟★☆🔖📌]/u;
/** What may stand beside the mark: the week or step, a pointer, "done", thanks or a please. */
const BESIDE =
  /^(?:(?:weeks?|wks?|steps?|semanas?|semaines?|wochen?|haft[ae]|pasos?|[ée]tapes?|schritte?|passos?|etapas?|#?\d{1,2}|and|&|,|done|this|that|it|one|this one|that one|pls|please|plz|thx|thanks|yay|finally|[!.:]+)\s*)*$/iu;

const withoutMarks = (raw: string, marks: RegExp) =>
  raw
    .replace(new RegExp(marks.source, "gu"), " ")
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, " ")
    .trim()
    .toLowerCase();

/** The request a message of marks makes, or undefined when it is no such message. */
export function saidWithMarks(raw: string, context: PlanContext): Outcome | undefined {
  const { focus } = context;
  if (focus.roadmapId && CHECK.test(raw) && BESIDE.test(withoutMarks(raw, CHECK))) {
    const weeks = weeksSaid(normalize(raw));
    if (weeks.length) return calls(...weeks.map((week) => call("record_progress", { week })));
  }
  if (focus.questionId && STAR.test(raw) && BESIDE.test(withoutMarks(raw, STAR)))
    return calls(call("bookmark_question", { questionId: focus.questionId }));
  return undefined;
}
