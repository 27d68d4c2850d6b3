/**
 * Orders items (prerequisites first, then must-haves, then by gap priority) and packs them
 * into weeks of a fixed number of hours; an item may span weeks. When a target number of
 * weeks cannot hold the work, says so and lists what to cut, lowest priority first.
 */
import type { RoadmapCut, RoadmapItem, RoadmapResource, RoadmapWeek, WeekPart } from "./types.ts";

export const DEFAULT_HOURS_PER_WEEK = 10;
/** Above this a plan is not a side project any more; a target that needs more does not fit. */
export const MAX_HOURS_PER_WEEK = 40;

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Topological order; among items ready to start, the most urgent first. */
export function orderItems(items: RoadmapItem[]): RoadmapItem[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const gapOrder = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.kind === "gap") gapOrder.set(item.id, index);
  });
  // A prerequisite is as urgent as the most urgent item waiting on it.
  const urgency = new Map<string, [number, number, number]>();
  const own = (i: RoadmapItem): [number, number, number] => [
    i.critical ? 0 : 1,
    i.severity ? SEVERITY_RANK[i.severity] : 4,
    gapOrder.get(i.id) ?? items.length,
  ];
  for (const i of items) urgency.set(i.id, own(i));
  const less = (a: [number, number, number], b: [number, number, number]) =>
    a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
  for (let pass = 0; pass < items.length; pass++) {
    let changed = false;
    for (const i of items) {
      for (const pre of i.after) {
        const u = urgency.get(i.id)!;
        if (byId.has(pre) && less(u, urgency.get(pre)!)) {
          urgency.set(pre, u);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const placed = new Set<string>();
  const out: RoadmapItem[] = [];
  while (out.length < items.length) {
    const ready = items.filter(
      (i) => !placed.has(i.id) && i.after.every((a) => placed.has(a) || !byId.has(a)),
    );
    // A cycle cannot happen (items.ts guards it); fall back to everything left if it ever does.
    const pool = ready.length > 0 ? ready : items.filter((i) => !placed.has(i.id));
    pool.sort((a, b) => {
      const ua = urgency.get(a.id)!;
      const ub = urgency.get(b.id)!;
      return less(ua, ub) ? -1 : less(ub, ua) ? 1 : a.id.localeCompare(b.id);
    });
    const next = pool[0]!;
    placed.add(next.id);
    out.push(next);
  }
  return out;
}

export function packWeeks(ordered: RoadmapItem[], hoursPerWeek: number, firstWeek = 1): RoadmapWeek[] {
  const weeks: RoadmapWeek[] = [];
  let parts: WeekPart[] = [];
  let used = 0;
  const flush = () => {
    if (parts.length === 0) return;
    weeks.push(describeWeek(firstWeek + weeks.length, parts, ordered));
    parts = [];
    used = 0;
  };
  for (const item of ordered) {
    let left = item.hours;
    while (left > 0) {
      if (used >= hoursPerWeek) flush();
      const take = Math.min(left, hoursPerWeek - used);
      left = Math.round((left - take) * 10) / 10;
      used += take;
      parts.push({
        itemId: item.id,
        skill: item.skill,
        hours: Math.round(take * 10) / 10,
        finishes: left <= 0,
      });
    }
  }
  flush();
  return weeks;
}

function describeWeek(week: number, parts: WeekPart[], items: RoadmapItem[]): RoadmapWeek {
  const byId = new Map(items.map((i) => [i.id, i]));
  const goals = parts.map((p) => {
    const item = byId.get(p.itemId)!;
    return p.finishes
      ? `Reach ${item.targetLevel} level in ${item.skill}${item.kind === "prerequisite" ? " (needed first)" : ""}`
      : `Work on ${item.skill}: ${p.hours} h of ${item.hours} h`;
  });
  const resources: RoadmapResource[] = [];
  for (const p of parts)
    for (const r of byId.get(p.itemId)!.resources.slice(0, 1))
      if (!resources.some((x) => x.url === r.url)) resources.push(r);
  const finishing = parts.filter((p) => p.finishes).map((p) => byId.get(p.itemId)!);
  const main = [...(finishing.length ? finishing : parts.map((p) => byId.get(p.itemId)!))].sort(
    (a, b) => b.hours - a.hours || a.id.localeCompare(b.id),
  )[0]!;
  return {
    week,
    hours: Math.round(parts.reduce((s, p) => s + p.hours, 0) * 10) / 10,
    goals,
    parts,
    resources,
    practiceTask: finishing.length ? main.practice : `Start on the practice task: ${main.practice}`,
    checkpoint: finishing.length
      ? finishing.map((i) => i.checkpoint).join(" ")
      : `Summarise what you learnt in ${main.skill} this week and finish the exercises of the resource.`,
    done: parts.every((p) => byId.get(p.itemId)!.done),
  };
}

/**
 * The lowest-priority items whose removal makes the plan fit; must-haves, needed
 * prerequisites and the most urgent item stay (a plan with nothing in it helps nobody).
 */
export function suggestCuts(ordered: RoadmapItem[], remaining: number, capacity: number): RoadmapCut[] {
  const cuts: RoadmapCut[] = [];
  let hours = remaining;
  const kept = new Set(ordered.filter((i) => !i.done).map((i) => i.id));
  const first = ordered.find((i) => !i.done);
  for (const item of [...ordered].reverse()) {
    if (hours <= capacity) break;
    if (item.done || item.critical || item === first) continue;
    const needed = ordered.some((o) => kept.has(o.id) && o.id !== item.id && o.after.includes(item.id));
    if (needed) continue;
    kept.delete(item.id);
    cuts.push({ itemId: item.id, skill: item.skill, hours: item.hours });
    hours -= item.hours;
  }
  // Cutting whole items overshoots: give back the most urgent cuts that still fit the spare
  // hours (their prerequisites are planned), so the last weeks are not left empty.
  const byId = new Map(ordered.map((i) => [i.id, i]));
  for (const cut of [...cuts].reverse()) {
    const item = byId.get(cut.itemId)!;
    if (
      hours + item.hours > capacity ||
      !item.after.every((a) => kept.has(a) || !byId.has(a) || byId.get(a)!.done)
    )
      continue;
    kept.add(item.id);
    hours += item.hours;
    cuts.splice(cuts.indexOf(cut), 1);
  }
  return cuts;
}
