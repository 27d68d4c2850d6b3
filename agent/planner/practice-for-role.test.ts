/**
 * The practice asks that mean the target role (practice-for-role.ts), and the ones that do
 * not: a topic named, a list just shown, no target at all. Lines written for this test.
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const calls = async (text: string, focus: Focus) =>
  (await planText(text, { hasProfile: true, ...focus }, { tracked: [] })).calls.map((c) => [c.name, c.args]);

const afterTarget: Focus = { jobId: "job-1", lastIntent: "set_dream_job" };
const afterList: Focus = {
  jobId: "job-1",
  lastIntent: "search_questions",
  topic: "question",
  questionIds: ["q1", "q2"],
};

describe("practice on the target role", () => {
  it.each([
    "practice interview questions for this role",
    "quiz me for this job",
    "let's practise for my target",
    "mock interview for this role pls",
  ])("%s", async (line) => {
    expect(await calls(line, afterList)).toEqual([["practice_question", { target: true }]]);
  });

  it("a bare 'drill me' right after the target or its analysis", async () => {
    expect(await calls("drill me", afterTarget)).toEqual([["practice_question", { target: true }]]);
    expect(
      await calls("ok quiz me", { analysisId: "a-1", jobId: "job-1", lastIntent: "analyze_fit" }),
    ).toEqual([["practice_question", { target: true }]]);
  });

  it("keeps the other readings: a list's 'quiz me', a topic named, no target", async () => {
    expect(await calls("quiz me", afterList)).not.toContainEqual(["practice_question", { target: true }]);
    expect(await calls("drill me on SQL", afterTarget)).not.toContainEqual([
      "practice_question",
      { target: true },
    ]);
    expect(await calls("quiz me for this job", {})).not.toContainEqual([
      "practice_question",
      { target: true },
    ]);
  });

  it("practice aimed at the person's weak points is practice on the gaps", async () => {
    const afterAnalysis: Focus = { analysisId: "a-1", jobId: "job-1", lastIntent: "analyze_fit" };
    for (const line of [
      "practice questions on the stuff i'm bad at for this job",
      "drill me on my weak areas for this job",
      "quiz me on my gaps for the position",
    ])
      expect(await calls(line, afterAnalysis), line).toEqual([["questions_for_gaps", {}]]);
  });
});
