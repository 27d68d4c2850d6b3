/** Plans for the learning roadmap: building one, showing it, and recording progress. */
import { asksWhetherExists } from "../operation-words.ts";
import { progressRule, roadmapRule } from "../rules-analysis.ts";
import { extractHoursPerWeek, extractWeekNumber, extractWeeks } from "../slots.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { fromRule, type Planner } from "./plan-kit.ts";

/** "week 2 isn't done", "undo that": the progress is taken back. */
const NOT_DONE =
  /\b(?:is not|isn't|was not|wasn't|did not|didn't|not) (?:actually |really )?(?:done|finish\w*|complete\w*)\b|\bundo\b|\btake (?:it|that) back\b/;

function recordProgress(seg: Segment, ctx: PlanContext): Outcome {
  const undo = NOT_DONE.test(seg.t) ? { done: false } : {};
  const week = extractWeekNumber(seg.t);
  if (undo.done === false && week) return calls(call("record_progress", { week, ...undo }));
  const ruled = fromRule(progressRule, seg, ctx, "record_progress");
  if (ruled) return ruled;
  if (week) return calls(call("record_progress", { week }));
  if (!ctx.focus.roadmapId) return say("ask_roadmap_first");
  const item = seg.raw.match(
    /\b(?:the\s+)?([\w.+# -]{2,40}?)\s+(?:part|item|module|course|tutorial|one)\b/i,
  )?.[1];
  if (item && !/^(?:that|this|it|first|second|third)$/i.test(item.trim()))
    return calls(call("record_progress", { item: item.trim() }));
  // "done with all of it" after "what's in week 3?": the week in focus.
  const inFocus = ctx.focus.week ?? ctx.focus.currentWeek;
  if (inFocus && /\b(?:it|that|this|them|those|all|everything|the lot|whole (?:thing|week))\b/.test(seg.t))
    return calls(call("record_progress", { week: inFocus, ...undo }));
  return say("ask_progress_which");
}

/** Roadmap intents -> their plans. */
export const ROADMAP_PLANS: Record<string, Planner> = {
  create_roadmap: (seg, ctx) => {
    const weeks = extractWeeks(seg.t);
    const hours = extractHoursPerWeek(seg.t);
    // "do I have a roadmap yet?" asks to see it (the tool says when there is none).
    if (asksWhetherExists(seg.t) && !weeks && !hours) return calls(call("show_roadmap"));
    const ruled = fromRule(roadmapRule, seg, ctx, "create_roadmap");
    if (ruled) return ruled;
    const args: Record<string, unknown> = {};
    if (weeks) args.weeks = weeks;
    if (hours) args.hoursPerWeek = hours;
    return calls(call("create_roadmap", args));
  },
  // A new budget ("make it 10 weeks") is a new roadmap. Asking what is on it is not, unless
  // there is none yet and an analysis to build one from ("so what's the plan?").
  show_roadmap: (seg, ctx) => {
    const ruled = fromRule(roadmapRule, seg, ctx, "create_roadmap");
    const budget = ruled?.calls.some((c) => Object.keys(c.args).length);
    const buildable = !ctx.focus.roadmapId && Boolean(ctx.focus.analysisId);
    return ruled && (budget || buildable) ? ruled : calls(call("show_roadmap"));
  },
  record_progress: recordProgress,
};
