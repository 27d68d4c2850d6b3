/**
 * Years shown in work, fewer than the ad asks, are never worth less than the skill listed with
 * nothing behind it (found by the property "removing a skill never raises readiness" at fast-check
 * seed 78231871: a job's pandas showed 4 years of Python against 6 asked, credit 0.67, while
 * Python listed alone got 0.75 — so taking pandas away raised readiness 91 -> 94).
 */
import { expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const posting = job({ skills: [requirement("python", "required", { minYears: 6, level: "beginner" })] });
const credit = (skills: ReturnType<typeof skill>[]) =>
  analyze(profile({ skills }), posting, deps).matched.find((m) => m.requirement === "Python")?.credit ?? 0;

it("4 of 6 years of Python shown in work count at least as much as Python listed alone", () => {
  const listed = credit([
    skill("python", "intermediate", { proficiencyStated: false, evidence: [], validated: false }),
  ]);
  const shown = credit([
    skill("python", "intermediate", { years: 4, validated: true, evidence: ["used at work"] }),
  ]);
  expect(listed).toBeCloseTo(0.75, 2);
  expect(shown).toBeGreaterThanOrEqual(listed);
});

it("5 of 6 years count more than a listing, and all 6 count in full", () => {
  const five = credit([
    skill("python", "intermediate", { years: 5, validated: true, evidence: ["used at work"] }),
  ]);
  const six = credit([
    skill("python", "intermediate", { years: 6, validated: true, evidence: ["used at work"] }),
  ]);
  expect(five).toBeGreaterThan(0.75);
  expect(six).toBeGreaterThan(five);
});
