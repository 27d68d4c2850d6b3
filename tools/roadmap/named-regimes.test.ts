/**
 * A compliance ask keeps the regime it names (issue 13 trial, a nurse -> clinic manager): a US
 * clinic's "HIPAA and OSHA" ask was read as the skill "Compliance", whose one resource was the
 * GDPR text, and an 8-week plan spent seven weeks on "Compliance — practice" with the GDPR
 * text. The regime is the gap, its resources are that regime's, a resource is read in the
 * weeks its hours cover only (or says it is a multi-week course), and an ask the person
 * already meets never becomes a line of the plan.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { buildRoadmap } from "./build.ts";

const deps = gapDeps();
// An ad written for this test.
const AD = [
  "Practice Manager — Lakeshore Family Health (Tampa, FL)",
  "Requirements",
  "- Working knowledge of HIPAA and OSHA regulations in an outpatient setting",
  "- 3+ years of experience supervising clinical or front-desk staff",
  "- Proficiency with Microsoft Excel",
  "Nice to have",
  "- Familiarity with PCI DSS for card payments at the front desk",
].join("\n");

describe("a named compliance regime in the plan", () => {
  const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
  const nurse = profile({
    headline: "Registered Nurse",
    skills: [skill("excel", "advanced", { years: 6 })],
  });
  const analysis = analyze(nurse, job, deps);
  const plan = buildRoadmap(analysis, nurse, deps, { weeks: 8, hoursPerWeek: 5 });

  it("keeps HIPAA and OSHA as the gaps, not a generic Compliance", () => {
    const ids = analysis.gaps.map((g) => g.skillId);
    expect(ids).toEqual(expect.arrayContaining(["hipaa", "osha"]));
    expect(ids).not.toContain("compliance");
    expect(analysis.gaps.find((g) => g.skillId === "hipaa")?.skill).toBe("HIPAA");
  });

  it("gives each regime its own resources, never another jurisdiction's", () => {
    const hipaa = plan.items.find((i) => i.skillId === "hipaa");
    const osha = plan.items.find((i) => i.skillId === "osha");
    expect(hipaa?.resources.length).toBeGreaterThan(0);
    expect(hipaa?.resources.every((r) => r.url.includes("hhs.gov/hipaa"))).toBe(true);
    expect(osha?.resources.every((r) => r.url.includes("osha.gov"))).toBe(true);
    const all = plan.weeks.flatMap((w) => w.resources.map((r) => r.url));
    expect(all.join(" ")).not.toMatch(/gdpr/i);
  });

  it("gives a named regulation a regulation's hours, not most of the plan", () => {
    for (const id of ["hipaa", "osha"]) {
      const weeks = plan.weeks.filter((w) => w.parts.some((p) => p.itemId.startsWith(`${id}@`)));
      expect(weeks.length, id).toBeGreaterThan(0);
      expect(weeks.length, id).toBeLessThanOrEqual(plan.weeks.length / 2);
    }
  });

  it("repeats a resource across weeks only as a multi-week course that says so", () => {
    const weeksOf = new Map<string, number[]>();
    for (const w of plan.weeks)
      for (const p of w.parts)
        for (const r of p.resources ?? []) {
          weeksOf.set(r.url, [...(weeksOf.get(r.url) ?? []), w.week]);
          if ((weeksOf.get(r.url) ?? []).length > 1) expect(r.note, r.title).toMatch(/multi-week course/);
        }
  });

  it("never plans an ask the person already meets", () => {
    // Excel is asked and held at advanced: no gap, no line of the plan.
    expect(plan.items.map((i) => i.skillId)).not.toContain("excel");
    // A skill gap whose current level already reaches its target is not work to plan.
    const met = {
      ...analysis,
      gaps: [
        ...analysis.gaps,
        {
          skill: "Microsoft Excel",
          skillId: "excel",
          type: "skill" as const,
          kind: "required" as const,
          severity: "medium" as const,
          priority: 1,
          reason: "test",
          evidence: [],
          currentLevel: "advanced" as const,
          targetLevel: "intermediate" as const,
          impact: 1,
        },
      ],
    };
    const replanned = buildRoadmap(met, nurse, deps, { weeks: 8, hoursPerWeek: 5 });
    expect(replanned.items.map((i) => i.skillId)).not.toContain("excel");
  });
});
