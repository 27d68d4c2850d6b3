/**
 * Issue 12 (chat12u): what the lead found trying the chat as a new user, through the real
 * conversation on the offline planner, on each database. "what about now" after adding a skill
 * repeated the skill update instead of checking the fit again; "im a shift lead at <Employer>"
 * saved the employer as a skill; a skill named in quotes was refused for its quotes. Messages
 * written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 300_000 });

describeEachDatabase("new-user findings (chat12u)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12u-new-user");
  const stored = bed.profileOf;

  it("'and now?' after a skill is added checks the same job's fit again, with the skill counted", async () => {
    const p = await bed.person();
    await p.say("I'm a sales rep with 4 years of experience, I know Salesforce and cold calling");
    const first = await p.say("am I a fit for an account executive role?");
    const missing = /Negotiation at \w+ level is not on your profile/;
    expect(JSON.stringify(first.parts)).toMatch(missing);
    await p.say("add negotiation to my skills");
    const again = await p.say("what about now?");
    expect(again.tools).toEqual(["reanalyze"]);
    expect(again.text).toMatch(/Account Executive|re-ran/i);
    // The gap just filled is no longer said to be missing from the profile.
    expect(again.text + JSON.stringify(again.parts)).not.toMatch(missing);
    const es = await bed.person();
    await es.say("I'm a sales rep with 4 years of experience, I know Salesforce");
    await es.say("am I a fit for an account executive role?");
    await es.say("add negotiation to my skills");
    expect((await es.say("¿y ahora?")).tools).toEqual(["reanalyze"]);
  });

  it("'they want a call next tuesday' keeps Tuesday on the application, with the reminder the day before", async () => {
    const p = await bed.person();
    await p.say("I applied to Brisco Labs for account executive yesterday");
    const call = await p.say("they want a call next tuesday");
    expect(call.calls).toEqual([
      {
        name: "update_application_status",
        args: { application: "Brisco Labs", status: "phone_screen", interviewAt: "next tuesday" },
      },
    ]);
    expect(call.text).toMatch(/Tue, \w+ \d+/);
    expect(call.text).toMatch(/remind you the day before/);
    const q = await bed.person();
    await q.say("I applied to Orvale for sales engineer yesterday");
    const dated = await q.say("interview on the 14th at 3pm");
    expect(dated.calls[0]).toMatchObject({
      args: { application: "Orvale", interviewAt: "on the 14th at 3pm" },
    });
    expect(dated.text).toMatch(/\w{3}, \w+ 14 at 15:00/);
  });

  it("'im a shift lead at <Employer>' saves the job with its company, and no skill named after the employer", async () => {
    const p = await bed.person();
    const turn = await p.say("im a shift lead at Brambleton Foods");
    expect(turn.tools).toEqual(["add_profile_entry"]);
    const profile = await stored(p.who);
    expect(profile.experience).toMatchObject([{ title: "Shift Lead", company: "Brambleton Foods" }]);
    expect(profile.skills.map((s) => s.name)).not.toContain("Brambleton Foods");
  });

  it("a skill said in quotes is saved without them", async () => {
    const p = await bed.person();
    const turn = await p.say('add "Power BI"');
    expect(turn.text).not.toMatch(/not valid/);
    const names = (await stored(p.who)).skills.map((s) => s.name);
    expect(names).toContain("Power BI");
    expect(names.some((n) => /["']/.test(n))).toBe(false);
  });

  it("'only part-time' is kept as a preference and shown with the profile", async () => {
    const p = await bed.person();
    await p.say("I'm a cashier, 2 years");
    const said = await p.say("only part-time");
    expect(said.tools).toEqual(["set_preferences"]);
    expect((await stored(p.who)).preferences.employment).toEqual(["part_time"]);
    expect((await p.say("show my profile")).text).toMatch(/What you want from a job: part-time work/);
    const fr = await bed.person();
    await fr.say("je cherche un mi-temps");
    expect((await stored(fr.who)).preferences.employment).toEqual(["part_time"]);
  });

  it("two facts corrected in one message are both applied and both said back", async () => {
    const p = await bed.person();
    await p.say("I'm a sales rep with 4 years of experience, I know Salesforce and cold calling");
    await p.say("am I a fit for an account executive role?");
    const turn = await p.say("actually I'm in Lyon and I have 7 years, not 4");
    expect(turn.tools).toEqual(["set_preferences", "change_role", "reanalyze"]);
    const profile = await stored(p.who);
    expect(profile.preferences.desiredLocation).toBe("Lyon");
    const start = profile.experience[0]!.start!;
    const now = new Date();
    const months =
      (now.getUTCFullYear() - Number(start.slice(0, 4))) * 12 +
      now.getUTCMonth() +
      1 -
      Number(start.slice(5, 7));
    expect(months).toBe(84);
    expect(turn.text).toMatch(/Lyon/);
    expect(turn.text).toMatch(/7 years|84 months|since \d{4}/);
  });
});
