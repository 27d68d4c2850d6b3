/**
 * "practice interview questions for this role", "quiz me for this job", "drill me" right after
 * a target: a practice quiz on that role's questions (issue 12, apps12s). Before, the first was
 * a search on the topic "role" (an HR recruiter's and a project manager's questions listed for a
 * data analyst target), and "quiz me for this job" after any other list practised that list.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { loadQuestionBank } from "../../data/questions/load.ts";
import { type ChatTurn, offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

const roleByText = new Map(loadQuestionBank().questions.map((q) => [q.text, q.role]));
const askedRole = (turn: ChatTurn) =>
  [...roleByText].find(([text]) => turn.text.includes(text))?.[1] ?? `not in the bank: ${turn.text}`;

describeEachDatabase("practice for this role", (getDb) => {
  const bed = offlineChatBed(getDb, "practicethisrole");

  it("'practice interview questions for this role' after a target starts its quiz, and 'next' goes on with it", async () => {
    const p = await bed.person();
    await p.say("my target role is data analyst");
    const quiz = await p.say("practice interview questions for this role");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(askedRole(quiz)).toBe("data-analyst");
    expect(quiz.text).toMatch(/Practice for Data Analyst/);
    const next = await p.say("next question");
    expect(next.tools).toEqual(["practice_question"]);
    expect(askedRole(next)).toBe("data-analyst");
  });

  it("'quiz me for this job' after another list practises the target, not that list", async () => {
    const p = await bed.person();
    await p.say("my target role is data analyst");
    const listed = await p.say("show me some project manager questions");
    expect(listed.tools).toEqual(["search_questions"]);
    const quiz = await p.say("quiz me for this job");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(askedRole(quiz)).toBe("data-analyst");
  });

  it("a bare 'drill me' right after the target is that role's practice", async () => {
    const p = await bed.person();
    await p.say("I want to become a data analyst");
    const quiz = await p.say("ok drill me");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(askedRole(quiz)).toBe("data-analyst");
  });
});
