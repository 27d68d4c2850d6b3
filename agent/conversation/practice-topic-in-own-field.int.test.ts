/**
 * trial14 §8 and trial16 (chat16u's note): a topic named for practice is searched in the
 * person's own field first. A UX-designer target asking "quiz me on research" got "Tell me
 * about yourself" though the UX set has research questions; the search ran over the whole bank
 * and no role preferred. A topic the person's field has no question on still searches the
 * whole bank.
 */
import { expect, it } from "vitest";
import { loadQuestionBank } from "../../data/questions/load.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const bank = loadQuestionBank().questions;
const askedIn = (text: string) => bank.find((q) => text.includes(q.text));

describeEachDatabase("practice on a topic prefers the person's field (trial14 §8)", (getDb) => {
  const bed = offlineChatBed(getDb, "ptf");

  it.each(["quiz me on research", "give me an interview question about prototyping"])(
    "a UX-designer target: %s -> a UX designer's question",
    async (asked) => {
      const { say } = await bed.person();
      await say("I want to work as a UX designer");
      const r = await say(asked);
      expect(r.tools).toContain("practice_question");
      expect(askedIn(r.text)?.role).toBe("ux-designer");
    },
  );

  it("a topic the person's field has none on still finds the bank's questions on it", async () => {
    const { say } = await bed.person();
    await say("I want to work as a UX designer");
    const r = await say("quiz me on sql");
    expect(r.tools).toContain("practice_question");
    expect(r.text).not.toMatch(/no questions/);
    expect(askedIn(r.text)?.skills ?? []).toContain("sql");
  });
});
