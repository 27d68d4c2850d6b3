/**
 * "save this" right after an analysis, with no question listed: analyses are kept anyway,
 * so the person is asked what they meant, with choices that work when tapped, instead of
 * being told there is no question to bookmark (issue 12).
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Backend Engineer",
  analysisId: "an-1",
};

const planFor = (focus: Focus) => planText("save this", focus);

it("'save this' after an analysis asks back with the past analyses and the export as choices", async () => {
  const plan = await planFor(AFTER_ANALYSIS);
  expect(plan.calls).toEqual([]);
  expect(plan.says.find((s) => s.kind === "clarify")?.choices?.map((c) => c.text)).toEqual([
    "show my past analyses",
    "export my data",
  ]);
});

it("'save this' with a question on the table still bookmarks it", async () => {
  const plan = await planFor({ ...AFTER_ANALYSIS, topic: "question", questionId: "q-1" });
  expect(plan.calls.map((c) => c.name)).toEqual(["bookmark_question"]);
});
