/**
 * Trial (Teams, issue 12): "analyze me again for instructional designer" planned
 * `analyze_fit {}` — the target in focus — and the role the person named was dropped. A role
 * named in a request to analyse again is the target now: it is set, then analysed.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  jobId: "job-1",
  jobTitle: "Instructional Coordinator",
  analysisId: "a-1",
  topic: "analysis",
  lastIntent: "analyze_fit",
};
const plan = plannerWith({ focus: ANALYSED });

it.each([
  ["analyze me again for instructional designer", /^instructional designer$/i],
  ["rerun it for data analyst", /^data analyst$/i],
  ["check me again against project manager", /^project manager$/i],
  ["can you re-check my fit for nurse", /^nurse$/i],
])("%s sets the named role and analyses it", async (text, role) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  expect(String(p.calls[0]!.args.text)).toMatch(role);
});

it.each(["analyze me again", "run it again for me", "analyze me again for instructional coordinator"])(
  "%s analyses the job in focus again",
  async (text) => {
    const names = (await plan(text)).calls.map((c) => c.name);
    expect(names).not.toContain("set_dream_job");
    expect(names.some((n) => n === "analyze_fit" || n === "reanalyze")).toBe(true);
  },
);
