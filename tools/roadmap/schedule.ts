/**
 * Orders items (prerequisites first, then must-haves, then by gap priority) and packs them
 * into weeks of a fixed number of hours; an item may span weeks. When a target number of
 * weeks cannot hold the work, says so and lists what to cut, lowest priority first.
 */
import { assignStages, blockWords, stageCheckpoint, stageGoal, stageTask } from "./stages.ts";
import type { RoadmapCut, RoadmapItem, RoadmapResource, RoadmapWeek, WeekPart } from "./types.ts";

export const DEFAULT_HOURS_PER_WEEK = 10;
/** Above this a plan is not a side project any more; a target that needs more does not fit. */
export const MAX_HOURS_PER_WEEK = 40;
/**
 * The longest plan made when no number of weeks is given (about six months): at 2 h a week
 * the work of a marketing role ran to "80 weeks at 2 hours a week, covering SQL" (a new user's
 * trial, issue 12). Past it the plan takes the work in order of urgency and names the rest.
 */
export const MAX_OPEN_WEEKS = 26;

const SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Topological order; among items ready to start, the most urgent first. */
export function orderItems(items: RoadmapItem[]): RoadmapItem[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const gapOrder = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.kind !== "prerequisite") gapOrder.set(item.id, index);
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

/**
 * When the must-haves alone need more hours than the plan has, each gets a share of the hours
 * in proportion to its size (after the prerequisites kept in the plan), so every must-have is
 * started instead of the first one taking every week and the next never begun ("12 weeks x
 * 8 h" spent all 96 h on Java and left JavaScript for later). Undefined when they fit.
 */
export function mustHaveShares(scheduled: RoadmapItem[], capacity: number): Map<string, number> | undefined {
  const critical = scheduled.filter((i) => i.critical);
  const needed = critical.reduce((s, i) => s + i.hours, 0);
  if (critical.length < 2 || needed <= capacity) return undefined;
  const before = scheduled.filter((i) => !i.critical).reduce((s, i) => s + i.hours, 0);
  const available = capacity - before;
  if (available <= 0) return undefined;
  return new Map(
    critical.map((i) => [i.id, Math.max(0.5, Math.floor(((i.hours * available) / needed) * 2) / 2)]),
  );
}

/**
 * The most of a plan that cuts work one gap that is not a must-have may take: an 8-week x 5 h
 * plan spent all 40 h on a 60 h ACCA and cut Communication (high) and Power BI (required) (issue
 * 13 trial). Past this share the rest of it is left for after the plan and the next gaps start.
 */
export const MAX_ONE_GAP_SHARE = 0.5;

/** Hours of a gap a plan of `capacity` hours that cannot hold everything gives it at most. */
export function oneGapLimit(item: RoadmapItem, capacity: number): number {
  if (item.critical || !Number.isFinite(capacity)) return item.hours;
  return Math.min(item.hours, Math.max(0.5, Math.floor(capacity * MAX_ONE_GAP_SHARE * 2) / 2));
}

/**
 * Hours to plan now for each item of a plan that does not fit: the must-haves' shares
 * (mustHaveShares) when they alone overflow, and for any other gap at most its share of the
 * plan (oneGapLimit), so one large gap does not take every week while the others are cut.
 */
export function planLimits(scheduled: RoadmapItem[], capacity: number): Map<string, number> {
  const limits = new Map(scheduled.map((i) => [i.id, oneGapLimit(i, capacity)] as const));
  for (const [id, hours] of mustHaveShares(scheduled, capacity) ?? []) limits.set(id, hours);
  return limits;
}

/** `limits`: hours of an item to plan now (the rest is left for after the plan). */
export function packWeeks(
  ordered: RoadmapItem[],
  hoursPerWeek: number,
  firstWeek = 1,
  limits?: Map<string, number>,
): RoadmapWeek[] {
  const packed: WeekPart[][] = [];
  let parts: WeekPart[] = [];
  let used = 0;
  const flush = () => {
    if (parts.length === 0) return;
    packed.push(parts);
    parts = [];
    used = 0;
  };
  for (const item of ordered) {
    let left = item.hours;
    const stopAt = Math.max(0, item.hours - (limits?.get(item.id) ?? item.hours));
    while (left > stopAt) {
      if (used >= hoursPerWeek) flush();
      const take = Math.min(left - stopAt, hoursPerWeek - used);
      const from = Math.round((item.hours - left) * 10) / 10;
      left = Math.round((left - take) * 10) / 10;
      used += take;
      parts.push({
        itemId: item.id,
        skill: item.skill,
        hours: Math.round(take * 10) / 10,
        finishes: left <= 0,
        from,
        ...(item.duration ? { note: item.duration } : {}),
      });
    }
  }
  flush();
  assignResources(packed, ordered, firstWeek);
  assignStages(packed, ordered, firstWeek);
  return packed.map((p, index) => describeWeek(firstWeek + index, p, ordered));
}

/**
 * Each week's part of an item gets the resources that fall in its hours (an item's resources
 * are read one after another), so a resource is not repeated week after week; one that runs
 * over several weeks is a multi-week course and says which week of it this is. Weeks past the
 * last resource are practice.
 */
function assignResources(packed: WeekPart[][], items: RoadmapItem[], firstWeek: number): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  // A course two items share (Azure and the Azure certificate) is read once, with the first.
  const owner = new Map<string, string>();
  for (const item of items) for (const r of item.resources) if (!owner.has(r.url)) owner.set(r.url, item.id);
  const weeksOf = new Map<string, number[]>();
  const hits: { part: WeekPart; week: number; resource: RoadmapResource; key: string }[] = [];
  packed.forEach((parts, index) => {
    for (const part of parts) {
      const item = byId.get(part.itemId)!;
      let start = 0;
      for (const resource of item.resources) {
        const end = start + Math.max(1, resource.hours);
        const partEnd = (part.from ?? 0) + part.hours;
        if (start < partEnd && end > (part.from ?? 0) && owner.get(resource.url) === item.id) {
          const key = `${item.id}\u0000${resource.url}`;
          const week = firstWeek + index;
          const list = weeksOf.get(key) ?? [];
          if (!list.includes(week)) list.push(week);
          weeksOf.set(key, list);
          hits.push({ part, week, resource, key });
        }
        start = end;
      }
    }
  });
  for (const { part, week, resource, key } of hits) {
    const weeks = weeksOf.get(key)!;
    const note =
      weeks.length > 1
        ? `multi-week course: week ${weeks.indexOf(week) + 1} of ${weeks.length}${weeks.indexOf(week) > 0 ? ", continue where you left off" : ""}`
        : undefined;
    part.resources = [...(part.resources ?? []), { ...resource, ...(note ? { note } : {}) }];
  }
}

/** "Get evidence that you can X: do it in …" -> "get evidence that you can X". */
function stepClause(practice: string): string {
  const clause = practice
    .split(/[:;(]/)[0]!
    .trim()
    .replace(/[.,]+$/, "");
  return `${clause[0]!.toLowerCase()}${clause.slice(1)}`;
}

function describeWeek(week: number, parts: WeekPart[], items: RoadmapItem[]): RoadmapWeek {
  const byId = new Map(items.map((i) => [i.id, i]));
  const goals = parts.map((p) => {
    const item = byId.get(p.itemId)!;
    // Which hours of the item this week holds, so week after week of one item reads as progress.
    const span = p.from
      ? `hours ${p.from}–${Math.round((p.from + p.hours) * 10) / 10} of ${item.hours} h`
      : `${p.hours} h of ${item.hours} h`;
    const block = blockWords(p, week);
    if (p.stage) return `${stageGoal(p.stage, item)} (${block ? `${block}; ` : ""}${span})`;
    // The step's own clause, not its whole practice sentence (that is the week's practice line): a
    // 300-character title said twice in weeks 1 and 2 (trial20 §7); the hours tell the weeks apart.
    if (item.kind === "credential")
      return `${item.skill}, first step: ${stepClause(item.practice)} (${span})`;
    if (p.finishes)
      return `Reach ${item.targetLevel} level in ${item.skill}${item.kind === "prerequisite" ? " (needed first)" : ""}`;
    return p.resources?.length
      ? `Work on ${item.skill}: ${span}`
      : `Practise ${item.skill} on the practice task: ${span}`;
  });
  const resources: RoadmapResource[] = [];
  for (const p of parts)
    for (const r of p.resources ?? []) if (!resources.some((x) => x.url === r.url)) resources.push(r);
  const finishing = parts.filter((p) => p.finishes).map((p) => byId.get(p.itemId)!);
  const main = [...(finishing.length ? finishing : parts.map((p) => byId.get(p.itemId)!))].sort(
    (a, b) => b.hours - a.hours || a.id.localeCompare(b.id),
  )[0]!;
  // A week that carries an item on is at a stage of it (stages.ts): that stage's task and
  // checkpoint, so weeks of one item read as progress, not the same line again.
  const staged = finishing.length ? undefined : parts.find((p) => p.itemId === main.id && p.stage);
  return {
    week,
    hours: Math.round(parts.reduce((s, p) => s + p.hours, 0) * 10) / 10,
    goals,
    parts,
    resources,
    practiceTask: finishing.length
      ? main.practice
      : staged?.stage
        ? stageTask(staged.stage, main)
        : `${parts.some((p) => p.itemId === main.id && (p.from ?? 0) > 0) ? "Continue the practice task" : "Start on the practice task"}: ${main.practice}`,
    checkpoint: finishing.length
      ? [...new Set(finishing.map((i) => i.checkpoint))].join(" ")
      : staged?.stage
        ? stageCheckpoint(staged.stage, main)
        : resources.length
          ? `Summarise what you learnt in ${main.skill} this week and finish the exercises of the resource.`
          : parts.some((p) => p.itemId === main.id && (p.from ?? 0) > 0)
            ? `Compare this week's work on the practice task in ${main.skill} with last week's and note what improved.`
            : `Show the practice task in ${main.skill} to someone and note what you would do differently.`,
    done: parts.every((p) => byId.get(p.itemId)!.done),
  };
}

/**
 * An item's severity for cutting: its own, or for a prerequisite the most severe of the items
 * waiting on it (Linux before a critical Kubernetes is as urgent as Kubernetes).
 */
function effectiveSeverity(ordered: RoadmapItem[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const i of ordered) rank.set(i.id, i.critical ? -1 : i.severity ? SEVERITY_RANK[i.severity] : 4);
  for (let pass = 0; pass < ordered.length; pass++) {
    let changed = false;
    for (const i of ordered)
      for (const pre of i.after) {
        const mine = rank.get(i.id)!;
        if (rank.has(pre) && mine < rank.get(pre)!) {
          rank.set(pre, mine);
          changed = true;
        }
      }
    if (!changed) break;
  }
  return rank;
}

const SEVERITY_WORD = ["high", "medium", "low", "extra"];

function cutOf(item: RoadmapItem, severity: number): RoadmapCut {
  const word = severity < 0 ? "must-have" : (SEVERITY_WORD[severity - 1] ?? "extra");
  return { itemId: item.id, skill: item.skill, hours: item.hours, severity: word };
}

/** An item's own severity rank (must-have -1), before prerequisites take their dependents'. */
const ownSeverity = (i: RoadmapItem) => (i.critical ? -1 : i.severity ? SEVERITY_RANK[i.severity] : 4);

/**
 * What to leave out so the plan fits: the work is taken in order (prerequisites with what
 * needs them, must-haves, then by severity and priority) until the hours run out; the item
 * the hours run out in is started (its rest is named as left for later), and everything after
 * it is cut. So no gap is cut while a less urgent one stays, and must-haves are never cut
 * (when they alone overflow, the plan covers them as far as it can).
 *
 * A prerequisite is as urgent as what needs it only while that stays: when every item that
 * needs it is cut, a prerequisite that is itself a less urgent gap is cut too and its hours go
 * to the work it was displacing (a 16-week marketing-manager plan kept Microsoft Office, low,
 * as the start of SharePoint, high, then cut SharePoint).
 */
export function suggestCuts(ordered: RoadmapItem[], _remaining: number, capacity: number): RoadmapCut[] {
  const severity = effectiveSeverity(ordered);
  const dropped = new Set<string>();
  for (;;) {
    const cuts: RoadmapCut[] = [];
    let used = 0;
    for (const item of ordered) {
      if (item.done || dropped.has(item.id)) continue;
      if (used < capacity || item.critical) {
        used += oneGapLimit(item, capacity);
        continue;
      }
      cuts.push(cutOf(item, severity.get(item.id)!));
    }
    const gone = new Set([...cuts.map((c) => c.itemId), ...dropped]);
    const worstCut = Math.min(...cuts.map((c) => severity.get(c.itemId)!));
    const idle = ordered.filter((i) => {
      if (i.done || gone.has(i.id) || ownSeverity(i) <= worstCut) return false;
      const needing = ordered.filter((d) => !d.done && d.after.includes(i.id));
      return needing.length > 0 && needing.every((d) => gone.has(d.id));
    });
    if (idle.length === 0)
      return [...cuts, ...ordered.filter((i) => dropped.has(i.id)).map((i) => cutOf(i, ownSeverity(i)))].sort(
        (a, b) => cutRank(a) - cutRank(b),
      );
    for (const i of idle) dropped.add(i.id);
  }
}

/** Cuts listed most urgent first, as the message names them. */
const cutRank = (c: RoadmapCut) =>
  c.severity === "must-have" ? -1 : SEVERITY_WORD.indexOf(c.severity ?? "extra");
