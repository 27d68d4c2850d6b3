/**
 * A pasted job ad that mentions "PM" among the people the hire works with is read as the ad,
 * never turned into "product or project manager?" with the whole ad as the chips (trial14 §1).
 * The ad below is written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });
const FRESH: Focus = { hasProfile: true };

const AD = [
  "Senior Product Designer (Checkout)",
  "Tillwise — Lisbon (hybrid, two office days)",
  "",
  "About the role",
  "You'll sit in a small squad (PM, 4 engineers, one analyst) and own the checkout flow end to end.",
  "",
  "Requirements",
  "- 5+ years designing web products, fintech a plus",
  "- Figma, prototyping and a portfolio of shipped work",
  "- Comfortable reading funnel data",
].join("\n");

describe("an acronym inside a pasted ad is no question about the target", () => {
  it("the ad is set as the target, whole, and nothing is asked (was 'product manager or project manager?')", async () => {
    const p = await plan(AD, FRESH);
    expect(p.says.map((s) => s.kind)).not.toContain("ask_role_which");
    expect(p.calls).toEqual([{ name: "set_dream_job", args: { text: AD } }]);
  });
  it("the ad with a fit question above it is analysed", async () => {
    const p = await plan(`am i a fit for this one?\n${AD}`, FRESH);
    expect(p.says.map((s) => s.kind)).not.toContain("ask_role_which");
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  });
  it("a message that spells the letters out is not asked which they mean", async () => {
    const p = await plan("by PM i mean product manager, that's what i want to become", FRESH);
    expect(p.says.map((s) => s.kind)).not.toContain("ask_role_which");
  });
  it("a target said by the letters alone is still asked about", async () => {
    const p = await plan("i'd like to become a PM", FRESH);
    expect(p.calls).toEqual([]);
    expect(p.says.find((s) => s.kind === "ask_role_which")?.choices?.map((c) => c.label)).toEqual([
      "Product manager",
      "Project manager",
    ]);
  });
});
