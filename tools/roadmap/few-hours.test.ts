/**
 * "gimme a roadmap but im busy, 2 hrs a week max" was "80 weeks at 2 hours a week, covering
 * SQL": 160 h of SQL to expert for a nice-to-have of a marketing role (a new user's trial,
 * issue 12, item 17). A plan at few hours a week stays a sensible length, covers the
 * must-haves and required gaps first, gives a nice-to-have the hours of a working level, and
 * says plainly what did not fit in the time given.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap } from "./build.ts";
import { MAX_OPEN_WEEKS } from "./schedule.ts";

const deps = gapDeps();
const marketer = profile({
  headline: "Marketing Specialist",
  skills: [skill("copywriting", "advanced", { years: 4 })],
});
const marketingRole = job({
  title: "Marketing Manager",
  skills: [
    requirement("market-research", "required"),
    requirement("brand-management", "required"),
    requirement("sql", "preferred", { level: "expert" }),
  ],
  experience: [],
  education: undefined,
});

describe("a roadmap at two hours a week", () => {
  const analysis = analyze(marketer, marketingRole, deps);
  const plan = buildRoadmap(analysis, marketer, deps, { hoursPerWeek: 2 });
  const hoursOn = (skillId: string) =>
    plan.weeks
      .flatMap((w) => w.parts)
      .filter((p) => plan.items.find((i) => i.id === p.itemId)?.skillId === skillId)
      .reduce((s, p) => s + p.hours, 0);

  it("stays a sensible length instead of running for more than a year", () => {
    expect(plan.weeks.length).toBeLessThanOrEqual(MAX_OPEN_WEEKS);
    expect(MAX_OPEN_WEEKS).toBeLessThanOrEqual(26);
  });

  it("spends its hours on the required gaps first, not on the nice-to-have", () => {
    expect(hoursOn("market-research")).toBeGreaterThan(0);
    expect(hoursOn("brand-management")).toBeGreaterThan(0);
    expect(hoursOn("sql")).toBeLessThan(hoursOn("market-research"));
    expect(plan.weeks[0]!.parts[0]!.skill).not.toBe("SQL");
  });

  it("plans a nice-to-have to a working level, not 160 h to expert", () => {
    const sql = buildRoadmap(analysis, marketer, deps, { hoursPerWeek: 20 }).items.find(
      (i) => i.skillId === "sql",
    );
    expect(sql).toBeDefined();
    expect(sql!.hours).toBeLessThanOrEqual(30);
  });

  it("says plainly what did not fit in the time given", () => {
    expect(plan.fits).toBe(false);
    expect(plan.message).toMatch(/2 h\/week/);
    expect(plan.message).toMatch(/SQL/);
    expect([...plan.cut, ...(plan.overflow ?? [])].map((c) => c.skill)).toContain("SQL");
  });

  it("does not ask to polish a skill the plan leaves unfinished", () => {
    const unfinished = new Set((plan.overflow ?? []).map((o) => o.itemId));
    expect(unfinished.size).toBeGreaterThan(0);
    for (const p of plan.weeks.flatMap((w) => w.parts))
      if (unfinished.has(p.itemId)) expect(p.stage).not.toBe("polish");
  });

  it("at enough hours a week still plans everything with no cut", () => {
    const roomy = buildRoadmap(analysis, marketer, deps, { hoursPerWeek: 10 });
    expect(roomy.fits).toBe(true);
    expect(roomy.cut).toEqual([]);
  });
});
