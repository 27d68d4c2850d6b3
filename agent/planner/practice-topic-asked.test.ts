/**
 * Trial14 §8: "ok next, give me one about fintech or payments" during practice was a bare skip
 * (an accessibility question came). The topic asked for is kept. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const PRACTISING: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-5",
  questionText: "How do you decide what to test with users first?",
  awaiting: "practice_answer",
  lastIntent: "practice_question",
};
const plan = plannerWith({ focus: PRACTISING });

describe("another practice question on a topic, asked while one is open", () => {
  it.each([
    ["ok next, give me one about banking or payments", /banking or payments/],
    ["next one on stakeholder management pls", /stakeholder management/],
    ["alright, another about sql joins", /sql joins/i],
  ])("'%s' asks for that topic", async (text, topic) => {
    const p = await plan(text);
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]!.name).toBe("practice_question");
    expect(String(p.calls[0]!.args.skill ?? "")).toMatch(topic);
  });

  it("a bare 'next' is still a skip", async () => {
    const p = await plan("next");
    expect(p.calls).toEqual([{ name: "practice_question", args: {} }]);
  });

  it("an answer with 'one about' in it is the answer", async () => {
    const p = await plan(
      "I start with the riskiest assumption, usually one about whether people need it at all, and test it on paper with five users",
    );
    expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
  });
});
