/**
 * "Java or Python or Scala" is met by any one, and a gap on it plans one: the alternative the
 * ask names first or the one nearest the person's skills — not the first by name. A plan taught
 * Java for a described data engineer's "Python or Scala or Java" (a new user's trial, issue 13,
 * F18.2). Profiles and the ad are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { buildRoadmap } from "../roadmap/build.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const analyst = profile({
  headline: "Reporting Analyst",
  summary: "Reporting analyst.",
  experience: [
    {
      title: "Reporting Analyst",
      company: "Northwind",
      start: "2020-01",
      end: "2024-12",
      bullets: ["Built weekly sales reports."],
      skills: [],
    },
  ],
  skills: [],
});

describe("an any-of ask plans one alternative, the one the ask or the person points to", () => {
  it("plans Python, the field's first choice, for a described data engineer", async () => {
    const role = describeDreamRole("data engineer", await loadRoleFinder(), deps.graph);
    const ask = role.skills.find((s) => s.alternatives.includes("java") || s.skillId === "java");
    expect(ask?.skillId).toBe("python");
    const analysis = analyze(analyst, role, deps);
    const gap = analysis.gaps.find((g) => /Java/.test(g.skill) && /Python/.test(g.skill));
    expect(gap?.skillId, analysis.gaps.map((g) => g.skill).join(", ")).toBe("python");
    const plan = buildRoadmap(analysis, analyst, deps, { hoursPerWeek: 10 });
    expect(plan.items.some((i) => i.skillId === "java")).toBe(false);
  });

  it("plans an ad's first alternative, not the first by name", () => {
    const ad = job({
      title: "Data Engineer",
      skills: [requirement("scala", "required", { alternatives: ["java", "python"] })],
    });
    const gap = analyze(analyst, ad, deps).gaps.find((g) => g.type === "skill");
    expect(gap?.skillId).toBe("scala");
  });
});
