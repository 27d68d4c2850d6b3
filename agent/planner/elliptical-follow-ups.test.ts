/**
 * Elliptical follow-ups after a tool's answer (issue 12, dialogue pass; measured on the
 * team-written set evals/data/follow-ups): "and for product manager?" and "what about
 * remote?" after a fit check, "the first one" after its gaps, "same for week 4" and "next"
 * over a roadmap week. Each is the last request again with the one thing changed.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();

describe("after a fit check", () => {
  const ANALYSED: Focus = {
    hasProfile: true,
    topic: "analysis",
    jobId: "job-1",
    jobTitle: "Data Engineer",
    analysisId: "a-1",
    lastIntent: "analyze_fit",
    gaps: ["Spark", "Airflow"],
  };
  it.each(["and for product manager?", "what about for a product manager"])(
    "%s checks the fit for that role",
    async (text) => {
      const p = await plan(text, ANALYSED);
      expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
      expect(p.calls[0]!.args.text).toBe("product manager");
    },
  );
  it("after 'am I a fit for data engineer?' (target set, then checked) it is the fit too", async () => {
    const p = await plan("and for product manager?", { ...ANALYSED, lastIntent: "set_dream_job" });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
    expect((await plan("what about remote?", { ...ANALYSED, lastIntent: "set_dream_job" })).calls).toEqual([
      { name: "reanalyze", args: { context: "remote" } },
    ]);
  });
  it("what about remote? scores the job again with that preference", async () => {
    expect((await plan("what about remote?", ANALYSED)).calls).toEqual([
      { name: "reanalyze", args: { context: "remote" } },
    ]);
  });
  it.each([
    ["the first one", "Spark"],
    ["no, the second", "Airflow"],
  ])("%s is that gap", async (text, skill) => {
    expect((await plan(text, { ...ANALYSED, lastIntent: "reanalyze" })).calls).toEqual([
      { name: "explain_gap", args: { skill } },
    ]);
  });
  it("a score asked about is still explained", async () => {
    expect((await plan("what about my education score?", ANALYSED)).calls).toEqual([
      { name: "explain_score", args: { score: "education" } },
    ]);
  });
});

describe("over a roadmap week", () => {
  const WEEK_3: Focus = {
    hasProfile: true,
    topic: "roadmap",
    roadmapId: "r-1",
    jobId: "job-1",
    analysisId: "a-1",
    week: 3,
    currentWeek: 1,
    lastIntent: "show_roadmap",
  };
  it.each([
    ["same for week 4", 4],
    ["the same for week 5 pls", 5],
    ["next", 4],
    ["previous", 2],
  ])("%s shows week %i", async (text, week) => {
    expect((await plan(text, WEEK_3)).calls).toEqual([{ name: "show_roadmap", args: { week } }]);
  });
});
