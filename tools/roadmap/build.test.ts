import { describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import type { JobPosting } from "../jobs/types.ts";
import { buildRoadmap, markDone, replan } from "./build.ts";
import { MAX_OPEN_WEEKS } from "./schedule.ts";
import type { RoadmapOptions } from "./types.ts";

const deps = gapDeps();

const dataJob = job({
  title: "Data Engineer",
  skills: [
    requirement("pandas", "required", { critical: true }),
    requirement("react", "required"),
    requirement("kubernetes", "required", { critical: true }),
    requirement("terraform", "preferred"),
  ],
  experience: [],
  education: undefined,
});
const person = profile({ skills: [skill("java", "advanced", { years: 5 })] });

/** Hours enough that the whole data-engineer plan (365 h) fits the longest open plan (26 weeks). */
const ROOMY = { hoursPerWeek: 20 };

function plan(p: ProfileSnapshot = person, j: JobPosting = dataJob, options: RoadmapOptions = ROOMY) {
  return buildRoadmap(analyze(p, j, deps), p, deps, options);
}

const position = (r: ReturnType<typeof plan>, id: string) => r.items.findIndex((i) => i.skillId === id);

describe("buildRoadmap", () => {
  it("puts prerequisites first: Python before pandas, JavaScript before React, Linux before Kubernetes", () => {
    const r = plan();
    for (const [before, after] of [
      ["python", "pandas"],
      ["javascript", "react"],
      ["linux", "kubernetes"],
      ["docker", "kubernetes"],
    ]) {
      expect(position(r, before), `${before} before ${after}`).toBeGreaterThanOrEqual(0);
      expect(position(r, before)).toBeLessThan(position(r, after));
    }
  });

  it("puts critical gaps (and what they need) before the rest", () => {
    const r = plan();
    expect(position(r, "kubernetes")).toBeLessThan(position(r, "react"));
    expect(position(r, "pandas")).toBeLessThan(position(r, "terraform"));
  });

  it("does not plan a prerequisite the person already has", () => {
    const r = plan(
      profile({
        skills: [skill("python", "advanced", { years: 4 }), skill("linux", "advanced", { years: 5 })],
      }),
    );
    expect(position(r, "python")).toBe(-1);
    expect(position(r, "linux")).toBe(-1);
  });

  it("does not send someone who works in Angular back to JavaScript before React", () => {
    // Angular is written in TypeScript, which is built on JavaScript: four years of Angular
    // are those foundations, named on the resume or not. The plan had 80 h of JavaScript first.
    const worksInAngular = profile({ skills: [skill("angular", "advanced", { years: 4 })] });
    const r = plan(worksInAngular);
    expect(position(r, "react")).toBeGreaterThanOrEqual(0);
    expect(position(r, "javascript")).toBe(-1);
    // A beginner's listing is no foundation.
    const r2 = plan(profile({ skills: [skill("angular", "beginner")] }));
    expect(position(r2, "javascript")).toBeGreaterThanOrEqual(0);
  });

  it("fills weeks of 10 hours by default, each with goals, resources, a practice task and a checkpoint", () => {
    const r = plan(person, dataJob, {});
    expect(r.hoursPerWeek).toBe(10);
    expect(r.weeks.length).toBeGreaterThan(3);
    // 365 h at 10 h a week would be 37 weeks: the plan stops at the longest open plan and says so.
    expect(r.weeks.length).toBeLessThanOrEqual(MAX_OPEN_WEEKS);
    expect(r.horizonWeeks).toBe(MAX_OPEN_WEEKS);
    expect(r.message).toMatch(/would take 37 weeks/);
    for (const w of r.weeks) {
      expect(w.hours).toBeLessThanOrEqual(10);
      expect(w.goals.length).toBeGreaterThan(0);
      expect(w.practiceTask.length).toBeGreaterThan(10);
      expect(w.checkpoint.length).toBeGreaterThan(10);
    }
    expect(r.weeks.flatMap((w) => w.resources).some((res) => res.url.startsWith("https://"))).toBe(true);
    expect(plan().totalHours).toBe(plan().items.reduce((s, i) => s + i.hours, 0));
  });

  it("sizes hours per week from a target number of weeks", () => {
    const r = plan(person, dataJob, { weeks: 20 });
    expect(r.fits).toBe(true);
    expect(r.weeks.length).toBeLessThanOrEqual(20);
    expect(r.hoursPerWeek).toBe(Math.ceil(r.totalHours / 20));
  });

  it("says when the plan cannot fit and what to cut", () => {
    const r = plan(person, dataJob, { weeks: 4, hoursPerWeek: 5 });
    expect(r.fits).toBe(false);
    expect(r.message).toMatch(/does not fit/);
    expect(r.cut.length).toBeGreaterThan(0);
    expect(r.cut.map((c) => c.skill)).not.toContain("Kubernetes");
  });

  it("never runs past a target number of weeks: 4 weeks at 5 h/week is at most 4 weeks of 5 h", () => {
    const full = plan(person, dataJob, { hoursPerWeek: 5 });
    expect(full.weeks.length).toBeGreaterThan(4);
    const r = plan(person, dataJob, { weeks: 4, hoursPerWeek: 5 });
    expect(r.weeks.length).toBeGreaterThan(0);
    expect(r.weeks.length).toBeLessThanOrEqual(4);
    for (const w of r.weeks) expect(w.hours).toBeLessThanOrEqual(5);
    expect(r.hoursPerWeek).toBe(5);
    expect(r.targetWeeks).toBe(4);
    expect(r.fits).toBe(false);
    // It says what does not make it: the suggested cuts and, past them, the must-have overflow.
    const left = [...r.cut, ...(r.overflow ?? [])];
    expect(left.length).toBeGreaterThan(0);
    for (const c of left.slice(0, 6)) expect(r.message).toContain(c.skill);
    // The plan starts with the most urgent work and every scheduled item is listed.
    const ids = new Set(r.items.map((i) => i.id));
    for (const part of r.weeks.flatMap((w) => w.parts)) expect(ids.has(part.itemId)).toBe(true);
    expect(r.weeks[0]!.parts[0]!.itemId).toBe(full.weeks[0]!.parts[0]!.itemId);
  });

  it("drops the suggested cuts from the schedule when the must-haves fit the target", () => {
    // 19 weeks of 10 h hold the must-haves and their prerequisites, not the nice-to-haves.
    const r = plan(person, dataJob, { weeks: 19, hoursPerWeek: 10 });
    expect(r.fits).toBe(false);
    expect(r.weeks.length).toBeLessThanOrEqual(19);
    expect(r.cut.length).toBeGreaterThan(0);
    // The hours run out inside at most one item: it is started, the rest of it named for later.
    expect((r.overflow ?? []).length).toBeLessThanOrEqual(1);
    const planned = new Set(r.weeks.flatMap((w) => w.parts.map((p) => p.itemId)));
    for (const c of r.cut) expect(planned.has(c.itemId)).toBe(false);
    for (const i of r.items.filter((x) => x.critical)) expect(planned.has(i.id)).toBe(true);
    expect(r.message).toMatch(/leaves out/);
  });

  it("with only a target number of weeks, stays within it even when the hours would top out", () => {
    const r = plan(person, dataJob, { weeks: 1 });
    expect(r.weeks.length).toBe(1);
    expect(r.weeks[0]!.hours).toBeLessThanOrEqual(r.hoursPerWeek);
  });

  it("marks items and weeks done, and replanning keeps finished work", () => {
    const r = plan();
    const first = r.items[0]!;
    const progressed = markDone(r, { itemId: first.id });
    expect(progressed.items.find((i) => i.id === first.id)?.done).toBe(true);
    expect(progressed.remainingHours).toBe(r.totalHours - first.hours);
    const weekOne = markDone(r, { week: 1 });
    expect(weekOne.weeks[0]!.done).toBe(true);

    // New analysis after the person learnt the first item: it is kept as done, not re-planned.
    const again = replan(progressed, analyze(person, dataJob, deps), person, deps);
    expect(again.items.find((i) => i.id === first.id)?.done).toBe(true);
    const planned = again.weeks.filter((week) => !week.done).flatMap((week) => week.parts);
    expect(planned.some((part) => part.itemId === first.id)).toBe(false);
    expect(again.remainingHours).toBe(progressed.remainingHours);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(plan())).toBe(JSON.stringify(plan()));
  });

  it("refuses bad options and unknown items clearly", () => {
    for (const bad of [
      () => plan(person, dataJob, { hoursPerWeek: 0 }),
      () => plan(person, dataJob, { weeks: 1.5 }),
      () => markDone(plan(), { itemId: "nope@expert" }),
    ]) {
      try {
        bad();
        expect.unreachable();
      } catch (error) {
        expect(isCareerCraftError(error)).toBe(true);
      }
    }
  });
});
