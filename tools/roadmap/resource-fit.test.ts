/**
 * A resource suits the field of the ask (issue 13 trial): a customer-success ad's "comfort
 * with data" (health scores, usage dashboards) became Data Analysis, whose plan resources were
 * Kaggle Learn: Pandas and the Python Data Science Handbook — courses taught through Python,
 * which neither the ad asked nor the person used. For a job that asks Python they stay.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
const noExperienceAsk = { experience: [], education: undefined };

function dataAnalysisResources(asks: string[]): string[] {
  const target = job({
    title: "Customer Success Manager",
    skills: asks.map((id) => requirement(id, "required")),
    ...noExperienceAsk,
  });
  const person = profile({
    headline: "Account Executive",
    skills: [
      skill("account-management", "advanced", { years: 8 }),
      skill("salesforce", "advanced", { years: 6 }),
    ],
  });
  const analysis = analyze(person, target, deps);
  const plan = buildRoadmap(analysis, person, deps, { weeks: 8, hoursPerWeek: 5 });
  const item = plan.items.find((i) => i.skillId === "data-analysis");
  expect(item, "Data Analysis is planned").toBeDefined();
  // The analysis's own list of resources is chosen by the same rule.
  const listed = analysis.learningResources.filter((r) => r.skillId === "data-analysis").map((r) => r.title);
  return [...item!.resources.map((r) => r.title), ...listed];
}

describe("resources that suit the ask's field", () => {
  it("does not send a customer-success manager to Python courses for data analysis", () => {
    const titles = dataAnalysisResources(["data-analysis", "crm"]);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(" | ")).not.toMatch(/pandas|python/i);
  });

  it("keeps the Python courses when the job asks Python", () => {
    const titles = dataAnalysisResources(["data-analysis", "python"]);
    expect(titles.join(" | ")).toMatch(/pandas/i);
  });
});
