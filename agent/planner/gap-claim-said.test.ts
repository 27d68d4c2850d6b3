/**
 * A gap asked about with a skill claimed in the same message: the skill (as the taxonomy names
 * it in the claim, not the trailing words) is recorded and the gap explained against it; right
 * after the gap list, "that" is the top gap. Trial 2026-12-06, messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith();

const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Inside Sales Manager",
  analysisId: "an-1",
  analysed: 1,
  verdict: "UNFIT",
  gaps: ["CRM software (such as Salesforce)", "Microsoft Excel", "Relevant experience"],
  lastIntent: "analyze_fit",
  lastCall: { name: "analyze_fit", args: {} },
};

describe("a claim beside a gap question", () => {
  it.each([
    ["why is CRM software a gap? I use Salesforce every single day", "CRM software", "Salesforce"],
    ["why's excel a gap, i've been using excel for like 8 years", "excel", "excel"],
    ["how is Outlook a gap when I used outlook at my last 3 jobs", "Outlook", "outlook"],
    ["why is tableau a gap? i built dashboards in power bi at work", "tableau", "power bi"],
  ])("'%s': %s explained against %s, which is recorded", async (text, gap, claimed) => {
    const p = await plan(text, ANALYSED);
    expect(p.calls).toEqual([
      { name: "add_skill", args: { skill: claimed } },
      { name: "explain_gap", args: { skill: gap, claimed } },
    ]);
  });
  it("a claim that asks for a re-run is left to the re-run", async () => {
    const p = await plan("why is excel a gap? I use excel daily, so rerun it", ANALYSED);
    expect(p.calls.some((c) => c.name === "explain_gap" && c.args.claimed)).toBe(false);
  });
});

describe("'why is that a gap' points at the list just shown", () => {
  it("right after the analysis: its top gap", async () => {
    expect((await plan("ok why is that a gap", ANALYSED)).calls).toEqual([
      { name: "explain_gap", args: { skill: "CRM software (such as Salesforce)" } },
    ]);
  });
});
