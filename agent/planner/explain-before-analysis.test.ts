/**
 * Found trying the product as a warehouse supervisor: "i wanna be an ops manager" set the
 * target, then "wat am i missing" got "There is no analysis yet. Tell me the job you want"
 * (the job was just told). A question about the fit or the gaps, with a target set and not
 * yet analysed, runs the analysis: it answers with the verdict and the gaps. Explaining the
 * latest stored analysis instead would explain the previous target.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import type { PlanContext } from "./types.ts";
import { understand } from "./understand.ts";

const ctx = (focus: PlanContext["focus"]): PlanContext => ({
  focus,
  attachments: [],
  available: new Set(TOOL_NAMES),
});

it("'what am I missing' / 'why' with a target set and no analysis runs the analysis", async () => {
  const set = ctx({ hasProfile: true, jobId: "job-1", jobTitle: "Operations Manager", topic: "job" });
  for (const text of ["wat am i missing", "what am i missing?", "why"]) {
    const plan = await understand(text, set);
    expect(
      plan.calls.map((c) => c.name),
      text,
    ).toEqual(["analyze_fit"]);
  }
  // With an analysis in focus the same question explains it.
  const analysed = ctx({
    hasProfile: true,
    jobId: "job-1",
    jobTitle: "Operations Manager",
    analysisId: "a-1",
    topic: "analysis",
  });
  expect((await understand("why", analysed)).calls.map((c) => c.name)).toEqual(["explain_score"]);
});

it("still explains after a comparison: the question is about the analyses already run", async () => {
  const compared = ctx({
    hasProfile: true,
    jobId: "job-2",
    jobTitle: "Backend Engineer",
    analysed: 2,
    lastIntent: "compare_analyses",
    topic: "analysis",
  });
  const plan = await understand("why is domain knowledge so different between them?", compared);
  expect(plan.calls.map((c) => c.name)).not.toContain("analyze_fit");
});
