/**
 * trial17 §4, trial18 §3: a teacher's first message — years of teaching at schools, the move
 * wanted, "where do I start?" — got a trade's advice (find the schools or workshops near you,
 * compare a franchise) and nothing was saved: the school of the past and the question were read
 * as one question about where to train. The place must be what the question asks about.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const said = async (text: string) => {
  const plan = await planText(text, {});
  return {
    calls: plan.calls.map((c) => c.name),
    target: plan.calls.find((c) => c.name === "set_dream_job")?.args.text as string | undefined,
    advice: plan.says.filter((s) => s.kind === "advice").map((s) => s.detail),
  };
};

describe("a move asked about after a background at schools", () => {
  it("the target is kept and no trade advice is given", async () => {
    const { target, advice, calls } = await said(
      "I've taught history at two secondary schools for about 9 years and I want to move into instructional design, making e-learning for businesses. where do I start?",
    );
    expect(advice).toEqual([]);
    expect(calls).toContain("set_dream_job");
    expect(target).toMatch(/instructional design/i);
  }, 60_000);

  it("a question about finding a school to train at is still the trade's answer", async () => {
    const { advice } = await said("how do I find a driving school that takes on trainee instructors?");
    expect(advice).toEqual(["trade_entry"]);
  }, 60_000);
});
