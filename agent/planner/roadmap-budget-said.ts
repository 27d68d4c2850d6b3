/**
 * A new time budget said over a roadmap already made ("could you stretch it to 10 weeks?", "my
 * shifts changed, 4 hours a week is all I have now, can the plan work with that"): the roadmap
 * made again with that budget. The model split such messages between marking progress and a new
 * roadmap (a number beside "week" reads as progress), so they were asked back or ticked a week
 * off (conv12q, a blind7 class). Said with a progress word ("finished week 2", "done with the
 * 4 week course") or about a week by its number, it is progress; a request the model is sure of
 * outside the roadmap ("remind me in 2 weeks") stays that request.
 */
import type { Reading } from "./reading.ts";
import { extractHoursPerWeek, extractWeeks } from "./slots.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";
import { weeksSaid } from "./weeks-said.ts";

/** Readings such a message gets ("3 hrs weekly now" reads as a preference, which stores no hours). */
const ROADMAP_READINGS = new Set([
  "record_progress",
  "create_roadmap",
  "show_roadmap",
  "set_preferences",
  "unclear",
]);

/** "a 16 wk version", "a 9 week one": the plan's length named as a kind of plan, whatever the model reads. */
const PLAN_OF_WEEKS =
  /\b\d+[ -]?(?:weeks?|wks?|semanas?|semaines?|wochen?)\s+(?:version|one|plan|roadmap|variant|schedule|thing|option|edition)\b/iu;

/** Words of having done something, in the chat's languages. */
const PROGRESS =
  /\b(?:done|finish(?:ed)?|complet(?:ed|e)|knocked out|ticked|checked off|wrapped up|through with|got through|terminé|termin[eé]i|termin[ée]|fini|acab[eé]|conclu[ií]|erledigt|fertig|geschafft|ho gaya|kar liya|khatam)\b/iu;

/** "remind me in 2 weeks": a time from now, not the plan's length. */
const REMINDS = /\b(?:remind|nudge|ping|alert|notify|recu[eé]rda|rappelle|erinner|lembr|yaad)\w*/iu;

export function roadmapBudgetSaid(reading: Reading, context: PlanContext): Outcome | undefined {
  if (!context.focus.roadmapId) return undefined;
  const t = reading.seg.t;
  const planOfWeeks = PLAN_OF_WEEKS.test(t);
  const sureOfOther = reading.score >= 0.7 && !ROADMAP_READINGS.has(reading.intent);
  if (sureOfOther && !planOfWeeks) return undefined;
  // "a 9 week one" names no week one; "week 3" said otherwise is a week of the plan.
  if (PROGRESS.test(t) || REMINDS.test(t) || (!planOfWeeks && weeksSaid(t).length > 0)) return undefined;
  const weeks = extractWeeks(t);
  const hoursPerWeek = extractHoursPerWeek(t);
  if (!weeks && !hoursPerWeek) return undefined;
  return {
    calls: [
      call("create_roadmap", { ...(weeks ? { weeks } : {}), ...(hoursPerWeek ? { hoursPerWeek } : {}) }),
    ],
  };
}
