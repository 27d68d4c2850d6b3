/**
 * Progress marks exactly what was named. The unit of progress is one line of the plan: an
 * item's part in one week, or a week's practice task. "I finished week 1" marks week 1's
 * lines only (an item running over weeks 1-6 is not finished by it); a button marks its one
 * line; naming an item ("I finished Java") marks every line of that item. Cards and replies
 * count the same units, so they always agree.
 */
import { CareerCraftError } from "../../data/errors.ts";
import type { Roadmap, RoadmapWeek } from "./types.ts";

export interface ProgressUnit {
  /** `week-3:java@advanced` for an item's part of week 3, `week-3-practice` for its practice task. */
  id: string;
  week: number;
  /** The item this line works on; none for a practice task. */
  itemId?: string;
}

export const partUnitId = (week: number, itemId: string) => `week-${week}:${itemId}`;
export const practiceUnitId = (week: number) => `week-${week}-practice`;

export function weekUnits(week: RoadmapWeek): ProgressUnit[] {
  return [
    ...week.parts.map((p) => ({ id: partUnitId(week.week, p.itemId), week: week.week, itemId: p.itemId })),
    ...(week.practiceTask ? [{ id: practiceUnitId(week.week), week: week.week }] : []),
  ];
}

export function progressUnits(roadmap: Roadmap): ProgressUnit[] {
  return roadmap.weeks.flatMap(weekUnits);
}

/**
 * The plan with recorded progress applied: a line is done when its id was recorded, or when
 * its whole item was (an item id recorded, or the item done before a replan); an item is done
 * when all its lines are; a week when all its lines are.
 */
export function applyProgress(plan: Roadmap, recorded: ReadonlySet<string>): Roadmap {
  const itemMarked = (id: string) => recorded.has(id) || plan.items.some((i) => i.id === id && i.done);
  const weeks = plan.weeks.map((w) => {
    const parts = w.parts.map((p) => ({
      ...p,
      done: recorded.has(partUnitId(w.week, p.itemId)) || itemMarked(p.itemId),
    }));
    const practiceDone = recorded.has(practiceUnitId(w.week));
    return { ...w, parts, practiceDone };
  });
  const linesOf = new Map<string, boolean[]>();
  for (const w of weeks)
    for (const p of w.parts) linesOf.set(p.itemId, [...(linesOf.get(p.itemId) ?? []), p.done]);
  const items = plan.items.map((i) => {
    const lines = linesOf.get(i.id);
    return { ...i, done: itemMarked(i.id) || (!!lines && lines.length > 0 && lines.every(Boolean)) };
  });
  return {
    ...plan,
    items,
    weeks: weeks.map((w) => ({
      ...w,
      done: w.parts.length > 0 && w.parts.every((p) => p.done) && (!w.practiceTask || w.practiceDone),
    })),
  };
}

export function isUnitDone(roadmap: Roadmap, unit: ProgressUnit): boolean {
  const week = roadmap.weeks.find((w) => w.week === unit.week);
  if (!week) return false;
  if (!unit.itemId) return Boolean(week.practiceDone);
  return Boolean(week.parts.find((p) => p.itemId === unit.itemId)?.done);
}

export function countDone(roadmap: Roadmap): { done: number; total: number } {
  const units = progressUnits(roadmap);
  return { done: units.filter((u) => isUnitDone(roadmap, u)).length, total: units.length };
}

/**
 * A week, one line of a week by position ("the first item of week 1": 1-based, -1 the last),
 * an item by skill name (loosely matched), or one line or item by its exact id (buttons).
 */
export type ProgressTarget = { week: number; line?: number } | { item: string } | { itemId: string };

/** A line as a reply names it: "SQL (week 1)", "week 1 practice". */
function lineLabel(roadmap: Roadmap, unit: ProgressUnit): string {
  const skill = unit.itemId ? roadmap.items.find((i) => i.id === unit.itemId)?.skill : undefined;
  return skill ? `${skill} (week ${unit.week})` : `week ${unit.week} practice`;
}

/**
 * The unit ids a progress target names, and what to call it in a reply. Unknown weeks, ids
 * and names are a clear error; an exact id is never guessed at.
 */
export function unitsFor(roadmap: Roadmap, target: ProgressTarget): { ids: string[]; label?: string } {
  const units = progressUnits(roadmap);
  const ofItem = (itemId: string) => [...units.filter((u) => u.itemId === itemId).map((u) => u.id), itemId];
  if ("week" in target) {
    const week = roadmap.weeks.find((w) => w.week === target.week);
    if (!week)
      throw new CareerCraftError(
        "not_found",
        `Your roadmap has no week ${target.week}; it runs ${roadmap.weeks.length} week${roadmap.weeks.length === 1 ? "" : "s"}.`,
      );
    const units = weekUnits(week);
    if (target.line === undefined) return { ids: units.map((u) => u.id) };
    // One line by its place on the card: "done with the first item of week 1" marked all of week 1.
    const unit = target.line < 0 ? units.at(target.line) : units[target.line - 1];
    if (!unit)
      throw new CareerCraftError(
        "not_found",
        `Week ${week.week} has ${units.length} item${units.length === 1 ? "" : "s"}, so there is no item ${target.line}.`,
      );
    return { ids: [unit.id], label: lineLabel(roadmap, unit) };
  }
  if ("itemId" in target) {
    const unit = units.find((u) => u.id === target.itemId);
    if (unit) return { ids: [unit.id], label: lineLabel(roadmap, unit) };
    const item = roadmap.items.find((i) => i.id === target.itemId);
    if (item) return { ids: ofItem(item.id), label: item.skill };
    throw new CareerCraftError(
      "not_found",
      'That item is not on your roadmap (it may have been replanned). Say "show my roadmap" for the current one.',
    );
  }
  const wanted = target.item.trim().toLowerCase();
  const found =
    roadmap.items.find((i) => i.id === target.item || i.skill.toLowerCase() === wanted) ??
    roadmap.items.find(
      (i) => wanted.includes(i.skill.toLowerCase()) || i.skill.toLowerCase().includes(wanted),
    );
  if (!found)
    throw new CareerCraftError(
      "not_found",
      `"${target.item.slice(0, 60)}" is not on your roadmap. Say "show my roadmap" to see the items, or "finished week 1".`,
    );
  return { ids: ofItem(found.id), label: found.skill };
}
