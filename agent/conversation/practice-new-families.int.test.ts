/**
 * Trial 2026-12-06 F13: a nurse targeting Clinical Informatics Specialist was drilled on a data
 * analyst's star schema, a teacher targeting Instructional Designer on classroom questions, and
 * "how did I do" after an answer gave a generic hint instead of the score. The bank now has
 * sets for these families; practice picks the target's, and "how did I do" repeats the score.
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

describeEachDatabase("practice for the target's family", (getDb) => {
  const bed = offlineChatBed(getDb, "practicefamily");

  for (const [held, target, family] of [
    [
      "I'm a registered nurse, 9 years on a cardiac ward",
      "Clinical Informatics Specialist",
      "health-informatics",
    ],
    ["I teach year 6, been a teacher for 7 years", "Instructional Designer", "instructional-design"],
    ["I've been a bank teller for 4 years", "Human Resources Coordinator", "human-resources"],
    ["I run a CNC mill at a machine shop, 6 years", "Quality Inspector", "trades-manufacturing-quality"],
  ]) {
    it(`a ${held.split(",")[0]} aiming at ${target} practises ${family} questions, never the old job's`, async () => {
      const p = await bed.person();
      await p.say(held);
      await p.say(`I want to become a ${target}`);
      const quiz = await p.say("quiz me");
      expect(quiz.tools).toEqual(["practice_question"]);
      expect(askedRole(quiz)).toBe(family);
      expect(askedRole(await p.say("skip"))).toBe(family);
    });
  }

  it("a target without a set of its own practises its nearest set, and says which", async () => {
    const p = await bed.person();
    await p.say("I want to become a Medical Records Specialist");
    const quiz = await p.say("quiz me");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(askedRole(quiz)).toBe("health-informatics");
    expect(quiz.text).toMatch(/nearest, Health informatics/);
  });

  it('"how did I do" right after an answer repeats its score and two main points', async () => {
    const p = await bed.person();
    await p.say("I want to become a Logistics Coordinator");
    const quiz = await p.say("quiz me");
    expect(askedRole(quiz)).toBe("logistics-supply-chain");
    const answered = await p.say(
      "Last winter a snowstorm closed the main road and twelve pallets for our biggest customer were stuck at the depot. I called the customer before they noticed, booked a second carrier on the northern route and split the load across two trucks. By Thursday everything was delivered and the customer renewed their contract the next month.",
    );
    expect(answered.tools).toEqual(["answer_question"]);
    const score = answered.text.match(/Score (\d+)\/100/)?.[1];
    expect(score).toBeDefined();
    const recap = await p.say("how did I do?");
    expect(recap.tools).toEqual(["practice_recap"]);
    expect(recap.text).toContain(`${score}/100`);
    expect(recap.text).toMatch(/two main points/);
  });
});
