/**
 * chat12u's note (issue 12): "what should I say when they ask why I want to leave?" got the same
 * STAR paragraph as any interview advice. A question named by heart goes to practice_question with
 * the question as asked; a message naming no question stays the advice. Messages written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { namedQuestion } from "./named-question-asked.ts";

const NAMED: [string, string][] = [
  ["what should I say when they ask why I want to leave my job?", "why I want to leave my job"],
  ["how do I answer 'what is your greatest weakness'?", "what is your greatest weakness"],
  ["how should i respond to why should we hire you", "why should we hire you"],
  ["tips for answering tell me about yourself", "tell me about yourself"],
  ["they always ask why im changing careers, how do i handle that", "why im changing careers"],
  ["what's a good answer to where do you see yourself in 5 years", "where do you see yourself in 5 years"],
  ["how do i answer the salary expectations question in an interview", "salary expectations"],
  ["if the interviewer asks about the gap on my resume what do I say", "the gap on my resume"],
];

const GENERAL = [
  "how do I answer behavioural questions?",
  "how do i prepare for an interview",
  "tips for handling tough questions",
];

it.each(NAMED)("%s names %s", (text, asked) => {
  expect(namedQuestion(text)).toBe(asked);
});

it.each(GENERAL)("%s names no question", (text) => {
  expect(namedQuestion(text)).toBeUndefined();
});

const read = plannerWith({ focus: {} });

it("a named question is practised with what a strong answer covers, not the general advice", async () => {
  for (const [text, asked] of NAMED.slice(0, 6)) {
    const p = await read(text);
    expect(p.calls, text).toEqual([{ name: "practice_question", args: { asked } }]);
  }
});

it("interview advice without a named question stays the advice", async () => {
  const p = await read("how do i prepare for an interview");
  expect(p.calls).toEqual([]);
  expect(p.says.map((s) => `${s.kind}:${s.detail ?? ""}`)).toEqual(["advice:interview_tips"]);
});
