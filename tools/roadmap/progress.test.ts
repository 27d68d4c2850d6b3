/**
 * Progress marks exactly what was named (issue 13, item 6): "I finished week 1" ticked weeks
 * 1-6 because week 1's item ran over six weeks. Real taxonomy, catalog, analysis and planner.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, longItemCase } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap, markDone } from "./build.ts";
import { countDone, partUnitId, practiceUnitId, progressUnits, unitsFor } from "./progress.ts";
import { progressSummary, withProgress } from "./service.ts";
import type { Roadmap } from "./types.ts";

const deps = gapDeps();
const { person, target: javaJob } = longItemCase();
const roadmap = (): Roadmap =>
  buildRoadmap(analyze(person, javaJob, deps), person, deps, { hoursPerWeek: 8 });

describe("progress marks exactly what was named", () => {
  it("a long item runs over several weeks (the premise of the bug)", () => {
    const r = roadmap();
    const first = r.weeks[0]!.parts[0]!.itemId;
    expect(r.weeks.filter((w) => w.parts.some((p) => p.itemId === first)).length).toBeGreaterThan(3);
  });

  it('"I finished week 1" marks week 1 only, not every week of the item it started', () => {
    const r = markDone(roadmap(), { week: 1 });
    expect(r.weeks[0]!.done).toBe(true);
    expect(
      r.weeks
        .slice(1)
        .filter((w) => w.done)
        .map((w) => w.week),
    ).toEqual([]);
    const first = r.items.find((i) => i.id === r.weeks[0]!.parts[0]!.itemId)!;
    expect(first.done).toBe(false);
    expect(countDone(r)).toEqual({
      done: progressUnits(r).filter((u) => u.week === 1).length,
      total: progressUnits(r).length,
    });
  });

  it("a button marks its one line; naming the item marks all of its lines", () => {
    const base = roadmap();
    const itemId = base.weeks[0]!.parts[0]!.itemId;
    const oneLine = markDone(base, { itemId: partUnitId(2, itemId) });
    expect(oneLine.weeks[1]!.parts[0]!.done).toBe(true);
    expect(oneLine.weeks[0]!.parts[0]!.done).toBe(false);
    expect(countDone(oneLine).done).toBe(1);
    const whole = markDone(base, { itemId });
    expect(whole.items.find((i) => i.id === itemId)!.done).toBe(true);
    const lines = progressUnits(whole).filter((u) => u.itemId === itemId);
    expect(countDone(whole).done).toBe(lines.length);
    // Naming a week's practice task marks that task only.
    expect(unitsFor(base, { itemId: practiceUnitId(3) }).ids).toEqual([practiceUnitId(3)]);
  });

  it("the summary counts what the card shows, for stored progress", () => {
    const plan = roadmap();
    const stored = {
      id: "r1",
      analysisId: null,
      createdAt: 0,
      updatedAt: 0,
      hoursPerWeek: plan.hoursPerWeek,
      weeks: plan.weeks.length,
      plan,
      progress: Object.fromEntries(unitsFor(plan, { week: 1 }).ids.map((id) => [id, true])),
    };
    const applied = withProgress(stored as unknown as Parameters<typeof withProgress>[0]);
    const summary = progressSummary(applied);
    const lines = applied.weeks.flatMap((w) => [
      ...w.parts.map((p) => p.done),
      ...(w.practiceTask ? [w.practiceDone] : []),
    ]);
    expect(summary.total).toBe(lines.length);
    expect(summary.done).toBe(lines.filter(Boolean).length);
    expect(summary.currentWeek?.week).toBe(2);
  });

  it("refuses an unknown week or id clearly", () => {
    expect(() => markDone(roadmap(), { week: 99 })).toThrow(/no week 99/);
    expect(() => markDone(roadmap(), { itemId: "week-1:nope@expert" })).toThrow(/not on your roadmap/);
  });
});
