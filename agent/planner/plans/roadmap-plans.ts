/** Plans for the learning roadmap: building one, showing it, and recording progress. */

import { learnFirstBeforePlan } from "../learn-first-asked.ts";
import { asksWhetherExists } from "../operation-words.ts";
import { ordinalsInEnglish } from "../position-in-other-languages.ts";
import { LEAD_WORDS, progressRule, roadmapRule } from "../rules-analysis.ts";
import { ordinalIndex, skillNames } from "../slot-words.ts";
import { extractHoursPerWeek, extractWeeks } from "../slots.ts";
import { asksForTopGap } from "../top-gap-asked.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { weeksSaid } from "../weeks-said.ts";
import { fromRule, type Planner } from "./plan-kit.ts";

/** "week 2 isn't done", "undo that": the progress is taken back. */
const NOT_DONE =
  /\b(?:is not|isn't|was not|wasn't|did not|didn't|not) (?:actually |really )?(?:done|finish\w*|complete\w*)\b|\bundo\b|\btake (?:it|that) back\b/;

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };

/** A week's own ordinal or number ("the first week", "week 1", "semana 1"), taken out before an item's is read. */
const WEEK_PHRASE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\s+(?:weeks?|semanas?|semaines?|wochen?|haft[ae])\b|\b(?:weeks?|wks?|semanas?|semaines?|wochen?|haft[ae])\s*#?\s*\d+\b/g;

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** An item of a week, in the languages the chat reads. */
const ITEM_WORD =
  /\b(?:one|item|task|thing|part|line|punto|tarea|[íi]tem|elemento|t[âa]che|[ée]l[ée]ment|point|aufgabe|punkt|tarefa|ponto|kaam)s?\b/;

/**
 * Lines of a week named by position, 1-based (-1 the last): "the first item of week 1" [1],
 * "ticked off item 2" [2], "the 2nd task in week 3" [2], "la première tâche" [1], "the first
 * two" [1, 2]. Only with an item word or a count: a name ("the SQL one") is matched by the
 * tool, "the first week" is a week.
 */
function linePositions(t: string): number[] {
  const rest = ordinalsInEnglish(t).replace(WEEK_PHRASE, " ");
  const firstN = rest.match(/\bfirst (two|three|four|2|3|4)\b(?! weeks?\b)/)?.[1];
  if (firstN) return Array.from({ length: COUNT_WORDS[firstN]! }, (_, i) => i + 1);
  const numbered = rest.match(
    /\b(?:item|task|line|thing|part|punto|tarea|[íi]tem|t[âa]che|point|aufgabe|punkt|tarefa|ponto)\s*(?:#|no\.?\s*|nr\.?\s*|number\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/u,
  )?.[1];
  const n = numbered ? Number(numbered) || NUMBER_WORDS.indexOf(numbered) + 1 : 0;
  if (n >= 1) return [n];
  if (!ITEM_WORD.test(rest)) return [];
  if (/\blast\b/.test(rest)) return [-1];
  const i = ordinalIndex(rest);
  return i === undefined ? [] : [i < 0 ? -1 : i + 1];
}

function recordProgress(seg: Segment, ctx: PlanContext): Outcome {
  const undo = NOT_DONE.test(seg.t) ? { done: false } : {};
  const weeks = weeksSaid(seg.t);
  const [week] = weeks;
  const eachWeek = () => calls(...weeks.map((w) => call("record_progress", { week: w, ...undo })));
  // "done with the first item of week 1", "ticked off item 2", "mark the second one done":
  // those lines of the week named, else of the week in front of them (the tool takes the
  // current week when none is known), as the card numbers them. It marked the whole week.
  const lines = ctx.focus.roadmapId || week ? linePositions(seg.t) : [];
  if (lines.length && weeks.length <= 1) {
    const inFront = week ?? ctx.focus.week ?? ctx.focus.currentWeek;
    return calls(
      ...lines.map((line) =>
        call("record_progress", { ...(inFront ? { week: inFront } : {}), line, ...undo }),
      ),
    );
  }
  if (undo.done === false && week) return eachWeek();
  const ruled = fromRule(progressRule, seg, ctx, "record_progress");
  if (ruled) return ruled;
  if (week) return eachWeek();
  if (!ctx.focus.roadmapId) return say("ask_roadmap_first");
  // "and done with the SQL course": the words before the item join on and say it is done.
  const named = seg.raw
    .replace(new RegExp(LEAD_WORDS.source, "i"), "")
    .replace(/^(?:i\s+)?(?:am\s+|'m\s+)?(?:done|finished|completed)(?:\s+with)?\s+/i, "");
  const item = named.match(
    /\b(?:the\s+)?([\w.+# -]{2,40}?)\s+(?:part|item|module|course|tutorial|one|stuff|material|bit|section|lessons?|chapter|topic|exercises?|videos?)\b/i,
  )?.[1];
  if (item && !/^(?:that|this|it|first|second|third)$/i.test(item.trim()))
    return calls(
      call("record_progress", {
        item: skillNames(seg.raw).find((k) => item.toLowerCase().includes(k.toLowerCase())) ?? item.trim(),
      }),
    );
  // "done with all of it" after "what's in week 3?": the week in focus.
  const inFocus = ctx.focus.week ?? ctx.focus.currentWeek;
  if (inFocus && /\b(?:it|that|this|them|those|all|everything|the lot|whole (?:thing|week))\b/.test(seg.t))
    return calls(call("record_progress", { week: inFocus, ...undo }));
  // "terminei o curso de SQL", "ok i'm through with the postgres material": the skill it names is
  // the item (the tool matches it to the plan's lines, or says it is not on the plan) (conv12n).
  const skill = skillNames(seg.raw)[0];
  if (skill) return calls(call("record_progress", { item: skill, ...undo }));
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
    // With none made, the gap to start on and the plan offered; asked for laid out, the plan (learn-first-asked.ts).
    const first = learnFirstBeforePlan(seg.t, ctx);
    if (first) return first;
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
