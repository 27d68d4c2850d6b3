/**
 * A tool with no practice task of its own gets its kind's (issue 12, a teacher's trial: four
 * weeks of Camtasia read "Do one real piece of work end to end in TechSmith Camtasia (a report,
 * a campaign, a drawing, a project plan)").
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
const person = profile({ skills: [] });

const taskFor = (skillId: string) => {
  const target = job({
    title: "Trainer",
    skills: [requirement(skillId)],
    experience: [],
    education: undefined,
  });
  const plan = buildRoadmap(analyze(person, target, deps), person, deps, { weeks: 4, hoursPerWeek: 5 });
  return plan.items.find((i) => i.skillId === skillId)?.practice ?? "";
};

describe("a tool's practice task", () => {
  it("is its kind's: a screencast for a video tool, a pipeline for a CRM, a dashboard for BI", () => {
    expect(taskFor("camtasia")).toMatch(/screencast/);
    expect(taskFor("hubspot")).toMatch(/pipeline/);
    expect(taskFor("looker")).toMatch(/dashboard/);
    for (const id of ["camtasia", "hubspot", "looker"])
      expect(taskFor(id)).not.toMatch(/a campaign, a drawing/);
  });

  it("keeps a skill's own task ahead of its kind's", () => {
    expect(taskFor("excel")).toMatch(/pivot table/);
  });
});
