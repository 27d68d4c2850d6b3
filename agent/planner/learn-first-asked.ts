/**
 * "what should I learn first?", "¿qué debería aprender primero?", "was soll ich zuerst lernen?"
 * with an analysis and no roadmap yet: the person asks which gap to start on, not for a whole
 * plan at ten hours a week never said (trial16 §9, 17 §5, 18 §9, 19 §4, trial20 §4: a 4-7 week
 * plan came back). The answer is the first gap that can be learnt (a skill, not the years of
 * experience or a degree) and an offer of the plan. Asking for it laid out ("… lay it out", "as
 * a plan", "week by week") is the plan, as before.
 */
import { extractHoursPerWeek, extractWeeks } from "./slots.ts";
import { asksForTopGap } from "./top-gap-asked.ts";
import { call, calls, type Outcome, type PlanContext } from "./types.ts";

/** Learning words: the question is about what to learn, not which gap is worst. */
const LEARN =
  /\b(?:learn\w*|study\w*|studies|pick up|aprend\w*|estud\w*|apprend\w*|[ée]tudi\w*|lern\w*|seekh\w*|sikh\w*|padh\w*)\b/;

/** Asking for the plan itself: "lay it out", "map it out", "step by step", "as a plan", "week by week". */
const PLAN_ASKED =
  /\b(?:plan\w*|roadmap|schedule|timeline|lay (?:it |this |that )?out|laid out|map (?:it |this |that )?out|spell (?:it |this )?out|break (?:it |this )?down|step[- ]by[- ]step|week[- ]by[- ]week|plano|planifica\w*|planeja\w*|cronograma|horario|paso a paso|passo a passo|semana a semana|[ée]tape par [ée]tape|semaine par semaine|planning|zeitplan|schritt f[üu]r schritt|woche f[üu]r woche|plan banao|step by step)\b/;

/** Whether the message asks what to learn first, and not for a plan. */
export function asksWhatToLearnFirst(t: string): boolean {
  return (
    LEARN.test(t) && asksForTopGap(t) && !PLAN_ASKED.test(t) && !extractWeeks(t) && !extractHoursPerWeek(t)
  );
}

/** "first" / "start with" said: the first gap to start on; "the most important thing to learn" is the top gap. */
const FIRST =
  /\b(?:first|start with|begin with|primero|primeiro|antes|zuerst|erst|en premier|d'abord|pehle)\b/;

/** The explain_gap arguments for a top gap asked: `learn` when it asks where to start learning. */
export const topGapArgs = (t: string) => ({
  top: true,
  ...(asksWhatToLearnFirst(t) && FIRST.test(t) ? { learn: true } : {}),
});

/** With an analysis and no roadmap: the gap to start on, told (explain_gap), not a whole plan. */
export function learnFirstBeforePlan(t: string, ctx: PlanContext): Outcome | undefined {
  if (ctx.focus.roadmapId || !ctx.focus.analysisId || !asksWhatToLearnFirst(t)) return undefined;
  return calls(call("explain_gap", topGapArgs(t)));
}
