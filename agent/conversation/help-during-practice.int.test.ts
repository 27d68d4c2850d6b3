/**
 * Issue 12 trial: during interview practice a six-word question about the practice ("can you
 * give me an example?") was taken as the answer (six words or more are) or got the help list.
 * A question asking for help with the open question gets a hint or an example's shape, is
 * never scored, and the question stays open for the real answer.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("help asked for during practice", (getDb) => {
  const bed = offlineChatBed(getDb, "practicehelp");

  it("questions about the practice get help, not a score; the answer is still scored", async () => {
    const p = await bed.person();
    const asked = await p.say("quiz me on sql");
    expect(asked.tools).toEqual(["practice_question"]);

    const example = await p.say("can you give me an example?");
    expect(example.tools).toEqual([]);
    expect(example.text).toMatch(/has this shape/);

    for (const text of ["what should a strong answer cover?", "could you give me a hint please?"]) {
      const hint = await p.say(text);
      expect(hint.tools).toEqual([]);
      expect(hint.text).toMatch(/hint/i);
    }

    const answered = await p.say(
      "I picked Postgres for our orders service because we needed joins and transactions across tables",
    );
    expect(answered.tools).toEqual(["answer_question"]);
  });
});
