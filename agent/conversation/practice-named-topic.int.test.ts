/**
 * Trial F3.7 and F13.5 through the real conversation (offline planner, PGlite and
 * PostgreSQL): a practice question on a topic or for a role the bank has nothing on says so
 * and gives a field-neutral question — before, "quiz me on food safety" gave a security
 * engineer's data-breach question and "an interview question for logistics coordinator" a
 * general one without a word. A topic the bank tags questions with keeps its own questions.
 */
import { expect, it } from "vitest";
import { loadQuestionBank } from "../../data/questions/load.ts";
import { GENERAL_ROLE } from "../../data/questions/roles.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const bank = loadQuestionBank().questions;
const general = bank.filter((q) => q.role === GENERAL_ROLE).map((q) => q.text);
const askedIn = (text: string) => bank.find((q) => text.includes(q.text));

describeEachDatabase("practice on a topic or role the bank lacks (trial F3.7, F13.5)", (getDb) => {
  const bed = offlineChatBed(getDb, "pnt");

  it('"quiz me on food safety" says the bank has none and asks a field-neutral question', async () => {
    const { say } = await bed.person();
    await say("I work as a line cook, 5 years");
    const r = await say("quiz me on food safety");
    expect(r.tools).toEqual(["practice_question"]);
    expect(r.text).toMatch(/no questions on "food safety" in the bank/);
    expect(general).toContain(askedIn(r.text)?.text);
  });

  it("a role named at the end of the request is read, and a role the bank lacks is said back", async () => {
    const { say } = await bed.person();
    // Logistics has a set of its own now (trial 2026-12-06 F13); a pastry chef has none.
    const r = await say("give me an interview question for pastry chef");
    expect(r.tools).toEqual(["practice_question"]);
    expect(r.text).toMatch(/no questions for pastry chef in the bank/);
    expect(general).toContain(askedIn(r.text)?.text);
  });

  it("a topic the bank has keeps its own questions, with nothing said about a missing topic", async () => {
    const { say } = await bed.person();
    const r = await say("quiz me on sql");
    expect(r.tools).toEqual(["practice_question"]);
    expect(r.text).not.toMatch(/no questions/);
    expect(askedIn(r.text)?.skills ?? []).toContain("sql");
  });
});
