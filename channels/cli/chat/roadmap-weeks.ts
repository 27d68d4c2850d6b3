/**
 * The weeks a terminal reply draws of a roadmap. A reply about one week ("finished week 1",
 * "what's in week 3?") draws that week and, once it is done, the week that comes next — not
 * the whole plan again: a progress tick reprinted 40-80 lines of a 8-15 week plan (trial17
 * §10, trial18 §4). A reply about the whole plan (a new plan, "show my roadmap") draws every
 * week's heading, and the items of the first weeks still to do only when the plan is longer
 * than a screen: a 26-week plan drawn in full was ~130 lines (trial19 §15).
 */
import type { RoadmapPart } from "../../../contract/conversation.ts";

type Week = RoadmapPart["weeks"][number];

/** Up to this many weeks, a whole plan is drawn with every item. */
const DRAWN_WHOLE = 4;
/** In a longer plan, the items of this many weeks still to do are drawn. */
const WEEKS_IN_DETAIL = 2;

export function weeksDrawn(part: RoadmapPart): { shown: Week[]; hidden: number; detailed: Set<number> } {
  const at = part.weeks.findIndex((w) => w.week === part.focusWeek);
  if (at < 0) {
    const all = part.weeks.map((w) => w.week);
    if (part.weeks.length <= DRAWN_WHOLE) return { shown: part.weeks, hidden: 0, detailed: new Set(all) };
    const toDo = part.weeks.filter((w) => w.items.some((i) => !i.done));
    return {
      shown: part.weeks,
      hidden: 0,
      detailed: new Set((toDo.length ? toDo : part.weeks).slice(0, WEEKS_IN_DETAIL).map((w) => w.week)),
    };
  }
  const focused = part.weeks[at]!;
  const finished = focused.items.length > 0 && focused.items.every((i) => i.done);
  // After a finished week, the next one with something left to do is what the person does now.
  const next = finished ? part.weeks.slice(at + 1).find((w) => w.items.some((i) => !i.done)) : undefined;
  const shown = next ? [focused, next] : [focused];
  return { shown, hidden: part.weeks.length - shown.length, detailed: new Set(shown.map((w) => w.week)) };
}
