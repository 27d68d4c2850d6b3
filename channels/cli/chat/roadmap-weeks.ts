/**
 * The weeks a terminal reply draws of a roadmap. A reply about one week ("finished week 1",
 * "what's in week 3?") draws that week and, once it is done, the week that comes next — not
 * the whole plan again: a progress tick reprinted 40-80 lines of a 8-15 week plan (trial17
 * §10, trial18 §4). A reply about the whole plan (a new plan, "show my roadmap") draws all.
 */
import type { RoadmapPart } from "../../../contract/conversation.ts";

type Week = RoadmapPart["weeks"][number];

export function weeksDrawn(part: RoadmapPart): { shown: Week[]; hidden: number } {
  const at = part.weeks.findIndex((w) => w.week === part.focusWeek);
  if (at < 0) return { shown: part.weeks, hidden: 0 };
  const focused = part.weeks[at]!;
  const finished = focused.items.length > 0 && focused.items.every((i) => i.done);
  // After a finished week, the next one with something left to do is what the person does now.
  const next = finished ? part.weeks.slice(at + 1).find((w) => w.items.some((i) => !i.done)) : undefined;
  const shown = next ? [focused, next] : [focused];
  return { shown, hidden: part.weeks.length - shown.length };
}
