/**
 * "what is <field> about" for any field (issue 12, lang12): the field reader knew only a few
 * word forms (design, research, -ing, -ment, -y), so "what is culinary arts about" got a
 * question back with unrelated choices and "what is nursing about" explained a gap nobody had.
 * A field now resolves through O*NET's occupation titles (tools/jobs/field-occupation.ts) and
 * the reply is that occupation's work; a field no occupation carries gets an honest answer.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("what a field is about (issue 12, lang12)", (getDb) => {
  const bed = offlineChatBed(getDb, "fieldabout");

  it.each([
    [
      "what is culinary arts about",
      /What a Culinary Artist \(O\*NET files it under Chefs and Head Cooks\) does/,
    ],
    ["what is nursing about", /What a Registered Nurse .*does/],
    ["whats journalism all about", /What a Journalist .*does/],
    ["what does a paralegal do", /What a Paralegal .*does/],
  ])("'%s' is answered with the occupation's work, calling nothing", async (message, work) => {
    const p = await bed.person();
    const reply = await p.say(message);
    expect(reply.tools, reply.text).toEqual([]);
    expect(reply.text).toMatch(work);
  });

  it("a field no occupation carries is said so, not answered with a wrong role", async () => {
    const p = await bed.person();
    const reply = await p.say("what is cosplay about");
    expect(reply.tools, reply.text).toEqual([]);
    expect(reply.text).toMatch(/I don't find "cosplay" among the occupations I know/);
  });
});
