/** Plans for the learning roadmap: building one, showing it, and recording progress. */
import { asksWhetherExists } from "../operation-words.ts";
import { LEAD_WORDS, progressRule, roadmapRule } from "../rules-analysis.ts";
import { ordinalIndex } from "../slot-words.ts";
import { extractHoursPerWeek, extractWeeks } from "../slots.ts";
import { asksForTopGap } from "../top-gap-asked.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { weeksSaid } from "../weeks-said.ts";
import { fromRule, type Planner } from "./plan-kit.ts";

/** "week 2 isn't done", "undo that": the progress is taken back. */
const NOT_DONE =
  /\b(?:is not|isn't|was not|wasn't|did not|didn't|not) (?:actually |really )?(?:done|finish\w*|complete\w*)\b|\bundo\b|\btake (?:it|that) back\b/;

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };

/**
 * Items of the current week named by position: "the first two" (the first n), "the second
 * one" (one). Only with an ordinal: a name ("the SQL one") is matched by the tool.
 */
function itemsByPosition(t: string, items: string[] | undefined): string[] {
  if (!items?.length) return [];
  const firstN = t.match(/\bfirst (two|three|four|2|3|4)\b(?! weeks?\b)/)?.[1];
  if (firstN) return items.slice(0, COUNT_WORDS[firstN]);
  const i = ordinalIndex(t);
  if (i === undefined || !/\b(?:one|item|task|thing|part)s?\b/.test(t)) return [];
  const item = i < 0 ? items.at(-1) : items[i];
  return item ? [item] : [];
}

function recordProgress(seg: Segment, ctx: PlanContext): Outcome {
  const undo = NOT_DONE.test(seg.t) ? { done: false } : {};
  const weeks = weeksSaid(seg.t);
  const [week] = weeks;
  const eachWeek = () => calls(...weeks.map((w) => call("record_progress", { week: w, ...undo })));
  if (undo.done === false && week) return eachWeek();
  // "mark the second one done", "did the first two items": the week in front of them.
  const picked = week ? [] : itemsByPosition(seg.t, ctx.focus.weekItems);
  if (picked.length) return calls(...picked.map((item) => call("record_progress", { item, ...undo })));
  const ruled = fromRule(progressRule, seg, ctx, "record_progress");
  if (ruled) return ruled;
  if (week) return eachWeek();
  if (!ctx.focus.roadmapId) return say("ask_roadmap_first");
  // "and done with the SQL course": the words before the item join on and say it is done.
  const named = seg.raw
    .replace(new RegExp(LEAD_WORDS.source, "i"), "")
    .replace(/^(?:i\s+)?(?:am\s+|'m\s+)?(?:done|finished|completed)(?:\s+with)?\s+/i, "");
  const item = named.match(
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
    // "what should I learn first?" with a roadmap made asks where it starts, not for it again
    // (a teacher's trial: the whole plan was made twice).
    if (ctx.focus.roadmapId && asksForTopGap(seg.t) && !weeks && !hours) return calls(call("show_roadmap"));
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
    if (ruled && (budget || buildable)) return ruled;
    // "what's in week 3?": that week, not the whole plan's summary.
    const [week] = weeksSaid(seg.t);
    return calls(call("show_roadmap", week ? { week } : {}));
  },
  record_progress: recordProgress,
};
