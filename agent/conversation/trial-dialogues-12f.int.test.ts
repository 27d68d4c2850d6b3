/**
 * Wrong turns found trying the product as new users (issue 12, trial12f), played through the
 * conversation entry with the offline planner on PGlite and PostgreSQL: state carried from
 * turn to turn (the application just logged, the analysis just shown) is what these read.
 * Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// The question bank and its embedder load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("new-user trials (issue 12, trial12f)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12f");

  it("a graduate: her degree stored, skills at their own levels, the fit re-explained simply when she is confused", async () => {
    const p = await bed.person();
    const degree = await p.say("i just graduated with a finance degree, no resume yet");
    expect(degree.tools).toEqual(["add_profile_entry"]);
    expect(degree.text).not.toMatch(/don't claim|couldn't read/i);
    const skills = await p.say("i know excel really well and a bit of python");
    expect(skills.tools).toEqual(["add_skill", "add_skill"]);
    expect(skills.text).toMatch(/Excel[^.]*advanced/);
    expect(skills.text).toMatch(/Python[^.]*beginner/);
    await p.say("I want to be a financial analyst");
    await p.say("am i a fit?");
    const confused = await p.say("I'm a bit confused");
    expect(confused.tools).toEqual([]);
    expect(confused.text).toMatch(/Financial Analyst/);
    expect(confused.text).not.toMatch(/which skill/i);
  });

  it("another application 'same kinda role', company in lower case, logs it with the role just logged", async () => {
    const p = await bed.person();
    expect((await p.say("i put in an application at ups for logistics coordinator today")).tools).toEqual([
      "add_application",
    ]);
    const again = await p.say("oh and also fedex, same kinda role");
    expect(again.tools).toEqual(["add_application"]);
    expect(again.text).toMatch(/fedex/i);
    expect(again.text).toMatch(/logistics coordinator/i);
  });
});
