/**
 * Found trying practice as a new user (issue 12, practice12j): a 0/100 answer opened "Good
 * effort. Feedback: Score 0/100…", and a school counselor's gap questions were announced as
 * "aimed at your gaps" when the field had none. The opener follows the score; general questions
 * are said to be general. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("feedback and list openers that fit", (getDb) => {
  const bed = offlineChatBed(getDb, "feedbackopener");

  it("a zero score is not praised", async () => {
    const p = await bed.person();
    await p.say("quiz me on sql");
    const scored = await p.say("no clue honestly, never did anything like that at all sorry");
    expect(scored.tools).toEqual(["answer_question"]);
    expect(scored.text).toMatch(/Score \d+\/100/);
    expect(scored.text).not.toMatch(/good effort|great|well done/i);
    // The words that open it are the ones the score's band gives (feedback openerFor).
    expect(scored.text).toMatch(/^(This answer doesn't address the question yet|A start, but)/);
  });

  it("general questions for gaps are said to be general", async () => {
    const p = await bed.person(
      textAttachment(
        "teacher.txt",
        "Dana Whitfield\ndana.whitfield@example.com\nSkills\nLesson planning\nExperience\nYear 5 Teacher, Hillcrest Primary, 2017 - 2024\n",
      ),
    );
    await p.say("my target role is school counselor");
    await p.say("am I a fit?");
    const listed = await p.say("give me interview questions for my gaps");
    expect(listed.text).toMatch(/general behavioural questions/);
    expect(listed.text).not.toMatch(/aimed at your gaps/);
  });
});
