/**
 * Issue 13 trial: a plan for a described "data analyst" spent 5 of 10 weeks on Microsoft Azure
 * (O*NET's technology list for Business Intelligence Analysts). With the role's core asks it
 * starts with SQL, a spreadsheet and a BI tool, and names no Azure at all. The resume is written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();

describe("a described data analyst's plan", () => {
  it("opens with SQL, a spreadsheet and a BI tool, not Azure", async () => {
    const job = describeDreamRole("I want to be a data analyst", await loadRoleFinder(), deps.graph);
    const person = profile({ headline: "Operations Assistant", skills: [] });
    const plan = buildRoadmap(analyze(person, job, deps), person, deps, { weeks: 10 });
    const firstWeeks = plan.weeks
      .slice(0, 4)
      .flatMap((w) => w.parts.map((p) => p.skill))
      .join(" | ");
    expect(firstWeeks).toMatch(/SQL/);
    expect(firstWeeks).toMatch(/Excel|Spreadsheet/);
    expect(firstWeeks).toMatch(/Tableau|Power BI|Looker|Qlik|BI tool/);
    const all = plan.weeks.flatMap((w) => w.parts.map((p) => p.skill)).join(" | ");
    expect(all).not.toMatch(/Azure/);
  });
});
