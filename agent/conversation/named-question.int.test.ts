/**
 * chat12u's note (issue 12): "what should I say when they ask why I want to leave?" got the
 * generic STAR paragraph. Now the bank's question with what a strong answer covers, and the next
 * message is taken as the answer; a question the bank lacks says so and starts nothing.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("a question named by heart", (getDb) => {
  const bed = offlineChatBed(getDb, "namedquestion");

  it("shows the question's key points and takes the next message as the answer", async () => {
    const p = await bed.person();
    const named = await p.say("what should I say when they ask why I want to leave my job?");
    expect(named.tools).toEqual(["practice_question"]);
    expect(named.text).toContain('"Why are you leaving your current job?"');
    expect(named.text).toMatch(/not what you are running from/);
    expect(named.text).not.toMatch(/Use STAR/);
    const answered = await p.say(
      "I've been at the same warehouse for six years and learned everything it can teach me about stock control. I want a role where I plan the flow of goods instead of just moving them, which is what your planner job offers.",
    );
    expect(answered.tools).toEqual(["answer_question"]);
  });

  it("tells me so when the bank lacks the question, and starts no practice", async () => {
    const p = await bed.person();
    const named = await p.say("how do I answer 'how many piano tuners are there in Chicago'?");
    expect(named.text).toMatch(/no question like that in my bank/);
    const next = await p.say("ok thanks");
    expect(next.tools).not.toContain("answer_question");
  });
});
