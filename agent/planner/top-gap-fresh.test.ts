/**
 * trial17 leftover (a): a top-gap question over an analysis named the first gap of the focus's
 * list (`explain_gap {skill: gaps[0]}`), a list that may predate a resume read since, so the
 * gap named could be one the resume closed. The planner asks the tool for the top gap
 * (`explain_gap {top: true}`: it runs a stale analysis again first); what follows it ("the one
 * after it", "why is that a gap", "no, the other one") still counts from that gap.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Payroll Administrator",
  analysisId: "an-1",
  verdict: "UNFIT",
  gaps: ["Sage Payroll", "Payroll Compliance"],
  lastIntent: "analyze_fit",
};
const AFTER_TOP: Focus = {
  ...ANALYSED,
  lastIntent: "explain_gap",
  lastCall: { name: "explain_gap", args: { top: true } },
};
const callsOf = async (text: string, focus: Focus) => (await planText(text, focus)).calls;

describe("the top gap is the tool's to find", () => {
  it.each(["what's my biggest gap?", "which gap should I work on first?", "what do I fix first"])(
    "%s → explain_gap {top: true}",
    async (text) => {
      expect(await callsOf(text, ANALYSED)).toEqual([{ name: "explain_gap", args: { top: true } }]);
    },
    60_000,
  );

  it("after the top gap, 'the one after it' is the second gap", async () => {
    expect(await callsOf("and the one after it", AFTER_TOP)).toEqual([
      { name: "explain_gap", args: { skill: "Payroll Compliance" } },
    ]);
  }, 60_000);

  it("after the top gap, 'no, the other one' names the other gap (never top again)", async () => {
    expect(await callsOf("no, the other one", AFTER_TOP)).toEqual([
      { name: "explain_gap", args: { skill: "Payroll Compliance" } },
    ]);
  }, 60_000);

  it("after the top gap, 'why is that one a gap' is the top gap, not the gap list", async () => {
    expect(await callsOf("why is that one a gap", AFTER_TOP)).toEqual([
      { name: "explain_gap", args: { skill: "Sage Payroll" } },
    ]);
  }, 60_000);
});
