/**
 * Found trying the chat as a salesperson: after a fit check for Senior Account Executive,
 * "what about sales manager" answered "sales manager is not among the gaps". A role named
 * after "what about" right after a fit check is the fit for that role; a gap of the analysis
 * or a skill is still that gap, and a place or work mode is still a preference.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_FIT: Focus = {
  hasProfile: true,
  jobId: "job-1",
  jobTitle: "Senior Account Executive",
  analysisId: "analysis-1",
  topic: "analysis",
  lastIntent: "explain_score",
  gaps: ["Lead Generation", "Account Management"],
};
const plan = plannerWith({ focus: AFTER_FIT });

it.each([
  ["what about sales manager", "sales manager"],
  ["how about data analyst?", "data analyst"],
  ["what about sales manager role?", "sales manager"],
])("%s checks the fit for that role", async (text, role) => {
  const p = await plan(text);
  expect(p.calls).toEqual([
    { name: "set_dream_job", args: { text: role } },
    { name: "analyze_fit", args: {} },
  ]);
});

it.each([
  ["what about lead generation?", "explain_gap"],
  ["what about python", "explain_gap"],
  ["what about remote?", "reanalyze"],
])("%s is not a role", async (text, tool) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual([tool]);
});
