/**
 * `buildRoadmap(analysis, profile, deps, options)`: the week-by-week plan; `markDone` for
 * progress; `replan` to rebuild from a new analysis or new hours while keeping finished work.
 * Pure and deterministic.
 */

import type { ProfileSnapshot } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { LearningCatalog } from "../../data/learning/types.ts";
import type { SkillGraph } from "../gap/skill-graph.ts";
import type { Analysis } from "../gap/types.ts";
import { buildItems } from "./items.ts";
import { applyProgress, isUnitDone, progressUnits, unitsFor } from "./progress.ts";
import {
  DEFAULT_HOURS_PER_WEEK,
  MAX_HOURS_PER_WEEK,
  MAX_OPEN_WEEKS,
  orderItems,
  packWeeks,
  planLimits,
  suggestCuts,
} from "./schedule.ts";
import type { Roadmap, RoadmapCut, RoadmapItem, RoadmapOptions, RoadmapWeek } from "./types.ts";

export interface RoadmapDeps {
  graph: SkillGraph;
  catalog: LearningCatalog;
}

function validateOptions(options: RoadmapOptions): void {
  const { hoursPerWeek, weeks } = options;
  if (hoursPerWeek !== undefined && (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 1 || hoursPerWeek > 80))
    throw new CareerCraftError("validation", "Hours per week must be a number from 1 to 80.");
  if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 1 || weeks > 104))
    throw new CareerCraftError("validation", "The number of weeks must be a whole number from 1 to 104.");
}

function assemble(
  title: string,
  items: RoadmapItem[],
  options: RoadmapOptions,
  keptWeeks: RoadmapWeek[] = [],
): Roadmap {
  const ordered = orderItems(items);
  const todo = ordered.filter((i) => !i.done);
  const total = Math.round(ordered.reduce((s, i) => s + i.hours, 0) * 10) / 10;
  const remaining = Math.round(todo.reduce((s, i) => s + i.hours, 0) * 10) / 10;
  const targetWeeks = options.weeks;
  let hoursPerWeek = options.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK;
  // No number of weeks given: the plan runs as long as the work needs, up to MAX_OPEN_WEEKS;
  // past that it is a plan of that many weeks that says what it leaves out.
  const horizon =
    targetWeeks === undefined && remaining / hoursPerWeek > MAX_OPEN_WEEKS ? MAX_OPEN_WEEKS : undefined;
  const weeksLeft = targetWeeks === undefined ? horizon : Math.max(1, targetWeeks - keptWeeks.length);
  let fits = true;
  let capacity = Number.POSITIVE_INFINITY;
  if (weeksLeft !== undefined) {
    if (options.hoursPerWeek === undefined && horizon === undefined) {
      const needed = Math.max(1, Math.ceil(remaining / weeksLeft));
      hoursPerWeek = Math.min(MAX_HOURS_PER_WEEK, needed);
    }
    capacity = hoursPerWeek * weeksLeft;
    fits = remaining <= capacity;
  }
  const cut = fits ? [] : suggestCuts(ordered, remaining, capacity);
  // A target number of weeks is a promise: the cut items leave the schedule, and if even the
  // must-haves need more, the plan stops at the target and names what is left over.
  const cutIds = new Set(cut.map((c) => c.itemId));
  const scheduled = todo.filter((i) => !cutIds.has(i.id));
  const packed = packWeeks(
    scheduled,
    hoursPerWeek,
    keptWeeks.length + 1,
    fits ? undefined : planLimits(scheduled, capacity),
  );
  const planned = weeksLeft === undefined ? packed : packed.slice(0, weeksLeft);
  const weeks = [...keptWeeks, ...planned];
  const overflow = overflowOf(todo, cutIds, planned);
  const inWeeks = new Set(weeks.flatMap((w) => w.parts.map((p) => p.itemId)));
  const listed = fits ? ordered : ordered.filter((i) => i.done || inWeeks.has(i.id));
  const neededPerWeek = weeksLeft ? Math.ceil(remaining / weeksLeft) : hoursPerWeek;
  const named = (list: RoadmapCut[]) =>
    list
      .slice(0, 6)
      .map((c) => `${c.skill} (${c.severity ? `${c.severity}, ` : ""}${c.hours} h)`)
      .concat(list.length > 6 ? [`${list.length - 6} more`] : [])
      .join(", ");
  let message: string;
  if (todo.length === 0)
    message = items.length === 0 ? "No gaps to close: nothing to plan." : "Every item is done.";
  else if (fits)
    message = `${weeks.length - keptWeeks.length} week(s) at ${hoursPerWeek} h/week (${remaining} h to go${total > remaining ? ` of ${total} h` : ""}).`;
  else
    message =
      (horizon
        ? `At ${hoursPerWeek} h/week the ${remaining} h of work would take ${Math.ceil(remaining / hoursPerWeek)} weeks, longer than a plan can usefully run. `
        : `This does not fit: ${remaining} h of work, but ${weeksLeft} week(s) at ${hoursPerWeek} h/week give ${capacity} h. `) +
      `This ${planned.length}-week plan${horizon ? ` (${capacity} h)` : ""} takes the work in order of urgency (must-haves first, then high, medium and low gaps)` +
      `${cut.length ? ` and leaves out ${named(cut)}` : ""}` +
      `${overflow.length ? `${cut.length ? ";" : ","} still to finish after it: ${named(overflow)}` : ""}. ` +
      `To cover everything, study about ${neededPerWeek} h/week or allow about ${Math.ceil(remaining / hoursPerWeek)} weeks.`;
  // A degree or licence runs beyond any plan: the message says so, not only the card line.
  const longTerm = listed.filter(
    (i) => i.kind === "credential" && i.duration && !i.done && inWeeks.has(i.id),
  );
  if (longTerm.length)
    message += ` ${longTerm.map((i) => `${i.skill}: this plan holds its first step; ${i.duration}.`).join(" ")}`;
  return {
    title,
    hoursPerWeek,
    ...(targetWeeks !== undefined ? { targetWeeks } : {}),
    ...(horizon !== undefined ? { horizonWeeks: horizon } : {}),
    totalHours: total,
    remainingHours: remaining,
    fits,
    cut,
    ...(overflow.length ? { overflow } : {}),
    message,
    items: listed,
    weeks,
  };
}

/** To-do items (not cut) whose hours do not all make it into the planned weeks. */
function overflowOf(todo: RoadmapItem[], cutIds: Set<string>, planned: RoadmapWeek[]): RoadmapCut[] {
  const hoursPlanned = new Map<string, number>();
  for (const w of planned)
    for (const p of w.parts) hoursPlanned.set(p.itemId, (hoursPlanned.get(p.itemId) ?? 0) + p.hours);
  return todo
    .filter((i) => !cutIds.has(i.id))
    .flatMap((i) => {
      const left = Math.round((i.hours - (hoursPlanned.get(i.id) ?? 0)) * 10) / 10;
      return left > 0 ? [{ itemId: i.id, skill: i.skill, hours: left }] : [];
    });
}

export function buildRoadmap(
  analysis: Analysis,
  profile: ProfileSnapshot,
  deps: RoadmapDeps,
  options: RoadmapOptions = {},
): Roadmap {
  validateOptions(options);
  const items = buildItems(analysis, profile, deps.graph, deps.catalog);
  return assemble(`Roadmap to ${analysis.job.title ?? "the target role"}`, items, options);
}

/**
 * Marks exactly what is named done: one line or a whole item by id, or the lines of one week
 * (progress.ts). Unknown ids and weeks are a clear error.
 */
export function markDone(roadmap: Roadmap, target: { itemId: string } | { week: number }): Roadmap {
  const { ids } = unitsFor(roadmap, target);
  const already = progressUnits(roadmap)
    .filter((u) => isUnitDone(roadmap, u))
    .map((u) => u.id);
  const next = applyProgress(roadmap, new Set([...already, ...ids]));
  return {
    ...next,
    remainingHours: Math.round(next.items.filter((i) => !i.done).reduce((s, i) => s + i.hours, 0) * 10) / 10,
  };
}

/**
 * A new plan from a new analysis (or new hours/weeks) that keeps finished work: items done
 * stay done, and weeks already completed stay at the front as they were.
 */
export function replan(
  previous: Roadmap,
  analysis: Analysis,
  profile: ProfileSnapshot,
  deps: RoadmapDeps,
  options: RoadmapOptions = {},
): Roadmap {
  validateOptions(options);
  const finished = previous.items.filter((i) => i.done);
  const finishedIds = new Set(finished.map((i) => i.id));
  const fresh = buildItems(analysis, profile, deps.graph, deps.catalog).filter((i) => !finishedIds.has(i.id));
  const keptWeeks = previous.weeks.filter((w) => w.done).map((w, index) => ({ ...w, week: index + 1 }));
  const carried: RoadmapOptions = {
    ...(previous.targetWeeks ? { weeks: previous.targetWeeks } : {}),
    hoursPerWeek: previous.hoursPerWeek,
    ...options,
  };
  return assemble(previous.title, [...finished, ...fresh], carried, keptWeeks);
}
