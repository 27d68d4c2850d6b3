/**
 * Reminders as a new user said them (trial13 finding 9): the hour said was dropped (09:00), a
 * task that mentions a tracked company became a follow-up with it, a date said as "<month> <day>"
 * was taken for a company (the follow-up asked again after one went out:
 * tools/applications/follow-up-again.int.test.ts). Companies and messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

describeEachDatabase("reminders as said (issue 12, apps13u)", (getDb) => {
  const bed = offlineChatBed(getDb, "apps13u-remind");

  it("a task about a tracked company keeps its words and the hour said", async () => {
    const p = await bed.person();
    await p.say("I applied to Halvard Metals for buyer yesterday");
    const r = await p.say("remind me to text the halvard hiring manager tomorrow at 5pm");
    expect(r.text).toMatch(/text the halvard hiring manager/i);
    expect(r.text).toMatch(/17:00/);
    expect(r.text).not.toMatch(/follow up with Halvard/i);
  });

  it("an hour said with a day is kept for a follow-up and for one's own task", async () => {
    const p = await bed.person();
    await p.say("I applied to Halvard Metals for buyer yesterday");
    expect((await p.say("remind me to follow up with Halvard Metals on friday at 4:30pm")).text).toMatch(
      /16:30/,
    );
    expect((await p.say("remind me to water the plants tomorrow at 7am")).text).toMatch(/07:00/);
  });

  it("'<month> <day> at <hour>' is when, not a company", async () => {
    const p = await bed.person();
    const month = MONTHS[(new Date().getUTCMonth() + 2) % 12]!;
    const r = await p.say(`remind me on ${month} 20 at 3pm to prep for my interview`);
    expect(r.text).not.toMatch(/don't track/);
    expect(r.tools).toEqual(["set_reminder"]);
    expect(r.text).toMatch(/15:00/);
    expect(r.text).toMatch(/prep for your interview/);
  });
});
