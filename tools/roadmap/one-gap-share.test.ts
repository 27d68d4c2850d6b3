/**
 * A plan that cannot hold everything does not spend every week on one large gap while it cuts
 * other required gaps, and a gap that runs over weeks reads as progress, not the same line
 * again (issue 13 trial: 8 weeks x 5 h were eight weeks of "ACCA — practice (5 h of 60 h)" with
 * the same task and checkpoint, and Communication (required, high) and Power BI were cut).
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
const person = profile({ skills: [skill("excel", "advanced", { years: 4 })] });
const target = job({
  title: "Financial Analyst",
  skills: [requirement("acca"), requirement("communication"), requirement("excel")],
  experience: [],
  education: undefined,
});

describe("a plan shorter than the work", () => {
  const a = analyze(person, target, deps);
  const plan = buildRoadmap(a, person, deps, { weeks: 8, hoursPerWeek: 5 });
  const planned = new Set(plan.weeks.flatMap((w) => w.parts.map((p) => p.itemId)));
  const itemOf = (skillId: string) => plan.items.find((i) => i.skillId === skillId);

  it("gives one gap that is not a must-have at most half the hours and starts the next high gap", () => {
    const acca = a.gaps.find((g) => g.skillId === "acca")!;
    expect(acca.effortHours).toBeGreaterThan(40);
    const accaHours = plan.weeks.flatMap((w) => w.parts).filter((p) => p.itemId === itemOf("acca")?.id);
    expect(accaHours.reduce((s, p) => s + p.hours, 0)).toBeLessThanOrEqual(20);
    expect(planned.has(itemOf("communication")!.id)).toBe(true);
    expect(plan.cut.map((c) => c.skill)).not.toContain("Communication");
    expect(plan.overflow?.map((o) => o.skill)).toContain("ACCA");
  });

  it("never repeats a week's goals, task and checkpoint word for word", () => {
    const weekText = plan.weeks.map((w) => [w.goals.join(" "), w.practiceTask, w.checkpoint].join(" / "));
    expect(new Set(weekText).size).toBe(weekText.length);
  });
});
