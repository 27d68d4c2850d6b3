/**
 * An aside during practice keeps the question open and is not scored (conv12n: a class of
 * blind4's misses); an answer is still scored. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const PRACTISING: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-9",
  questionText: "Tell me about a time you had to calm down an upset customer.",
  awaiting: "practice_answer",
  lastIntent: "practice_question",
};
const plan = plannerWith({ focus: PRACTISING });

describe("an aside typed while a practice question is open", () => {
  it.each([
    "haha my toddler just pressed a bunch of keys",
    "oops, wrong tab, ignore that",
    "brb someone's at the door",
  ])("'%s' is not scored and the question stays open", async (text) => {
    const p = await plan(text);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("pause");
    expect(p.awaiting).toBe("practice_answer");
  });

  it("an answer that mentions family is still scored", async () => {
    const p = await plan(
      "A customer shouted about a late order; I listened, apologised, refunded the fee and she came back the next week",
    );
    expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
  });
});
