/**
 * Trial14 §8: "when is my kinetica interview?" during practice was graded as the answer and
 * elsewhere got interview tips. Asked when an interview is, the applications (with each
 * interview's day) answer, and a practice question stays open. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const PRACTISING: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-3",
  questionText: "What is the achievement you are most proud of?",
  awaiting: "practice_answer",
  lastIntent: "practice_question",
};
const plan = plannerWith({ tracked: ["Northwind", "Blue Harbor"] });

describe("when an interview is, asked", () => {
  it.each([
    ["when is my northwind interview?", "Northwind"],
    ["what time is my interview with Blue Harbor", "Blue Harbor"],
    ["¿cuándo es mi entrevista con Northwind?", "Northwind"],
  ])("'%s' during practice lists that application and keeps the question open", async (text, company) => {
    const p = await plan(text, PRACTISING);
    expect(p.calls).toEqual([{ name: "list_applications", args: { company } }]);
    expect(p.awaiting).toBe("practice_answer");
  });

  it("'when's my next interview' during practice is not a skip", async () => {
    const p = await plan("when's my next interview?", PRACTISING);
    expect(p.calls).toEqual([{ name: "list_applications", args: {} }]);
    expect(p.awaiting).toBe("practice_answer");
  });

  it("asked outside practice, no interview tips", async () => {
    const p = await plan("when is my northwind interview?", { hasProfile: true });
    expect(p.calls).toEqual([{ name: "list_applications", args: { company: "Northwind" } }]);
  });

  it("a long answer naming a tracked company and its status is still the answer", async () => {
    const p = await plan(
      "At Northwind I owned the weekly status report for the sales team and cut the time it took from a day to an hour, which my director still uses",
      PRACTISING,
    );
    expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
  });

  it("an answer that mentions an interview is still the answer", async () => {
    const p = await plan(
      "When I was at Northwind I rebuilt the onboarding and interview process and we hired twelve people in a quarter",
      PRACTISING,
    );
    expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
  });
});

describe("advice asked during practice (trial14 §8: a pay question graded 0/100)", () => {
  it.each([
    "how much should a customer success manager in Leeds ask for?",
    "should i negotiate the salary for this role?",
  ])("'%s' is answered in words and the question stays open", async (text) => {
    const p = await plan(text, PRACTISING);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("advice");
    expect(p.awaiting).toBe("practice_answer");
  });
});
