/**
 * Weeks 2-10 of a 23-week plan were each "Practise Market Research on the practice task" with
 * the same one-page-brief task (a new user's trial, issue 12, item 18). Consecutive weeks on
 * one skill progress (learn, practise, build, get feedback, prove it); a stage that runs over
 * several weeks says it is one block ("weeks 3–4, week 2 of 2") rather than nine lines alike.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
const person = profile({ headline: "Sales Assistant", skills: [skill("copywriting", "intermediate")] });
const role = job({
  title: "Marketing Specialist",
  skills: [requirement("market-research", "required")],
  experience: [],
  education: undefined,
});

/** A week's words without its numbers: "hours 6–12 of 60 h" and "hours 12–18 of 60 h" read alike. */
const words = (s: string) => s.replace(/\d+(?:\.\d+)?/g, "#");

describe("one skill over many weeks", () => {
  const plan = buildRoadmap(analyze(person, role, deps), person, deps, { hoursPerWeek: 6 });
  const weeks = plan.weeks.filter((w) => w.parts.some((p) => p.skill === "Market Research"));

  it("runs over many weeks (the case of the trial)", () => {
    expect(weeks.length).toBeGreaterThanOrEqual(8);
  });

  it("moves through stages: at least four different kinds of week, never three alike in a row", () => {
    const kinds = weeks.map((w) => words(`${w.goals.join(" ")} | ${w.practiceTask}`));
    expect(new Set(kinds).size).toBeGreaterThanOrEqual(4);
    for (let i = 2; i < kinds.length; i++)
      expect(kinds[i] === kinds[i - 1] && kinds[i] === kinds[i - 2], `weeks ${i - 1}-${i + 1}`).toBe(false);
  });

  it("says so when two weeks in a row are one block of a stage", () => {
    const kinds = weeks.map((w) => words(w.goals.join(" ")));
    for (let i = 1; i < kinds.length; i++)
      if (kinds[i] === kinds[i - 1]) expect(weeks[i]!.goals.join(" ")).toMatch(/weeks \d+–\d+/);
  });

  it("ends with the checkpoint that proves the skill", () => {
    expect(weeks.at(-1)!.goals.join(" ")).toMatch(/Reach intermediate level in Market Research/);
  });
});
