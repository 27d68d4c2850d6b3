/**
 * conv12n, two classes of blind3/blind4's misses, in messages written for this test: a new
 * credential with "rerun it" after an analysis re-runs it with that news (not a plain fresh
 * analysis that ignores it), and "have I improved since last time?" compares the analyses (the
 * tool says when there are not two yet) instead of asking "Compare what with what?".
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { ANALYSIS_PLANS } from "./plans/analysis-plans.ts";
import { toSegment } from "./reading.ts";
import type { PlanContext } from "./types.ts";

const context = (focus: Focus): PlanContext => ({ focus, attachments: [], available: new Set(TOOL_NAMES) });
const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  analysisId: "an-1",
  analysed: 1,
};

describe("news and a rerun after an analysis", () => {
  it.each([
    "quick update: i finally got my forklift licence. rerun it",
    "I just passed the CPA exam, rerun the analysis",
  ])("'%s' re-runs it with the news", (text) => {
    const calls = ANALYSIS_PLANS.reanalyze!(toSegment(text), context(ANALYSED)).calls;
    expect(calls).toEqual([{ name: "reanalyze", args: { context: text } }]);
  });
});

describe("progress over time asked with nothing analysed in this conversation", () => {
  it.each(["have i gotten any better since my last check?", "did my fit improve?"])(
    "'%s' compares",
    (text) => {
      const calls = ANALYSIS_PLANS.compare_analyses!(toSegment(text), context({ hasProfile: true })).calls;
      expect(calls.map((c) => c.name)).toEqual(["compare_analyses"]);
    },
  );

  it("'compare them' with nothing analysed still asks what", () => {
    const p = ANALYSIS_PLANS.compare_analyses!(toSegment("compare them"), context({ hasProfile: true }));
    expect(p.calls).toEqual([]);
  });
});
