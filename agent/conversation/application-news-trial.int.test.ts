/**
 * Application tracking as a new user met it (trial findings F1.7, F16.3, F14.1, F14.3, F9.6,
 * F14.2, F3.5, F16.2, F3.6), played through the conversation entry with the offline planner on
 * PGlite and PostgreSQL. Companies, roles and messages written for this test.
 */
import { expect, it } from "vitest";
import type { ListPart } from "../../contract/conversation.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const listItems = (parts: { type: string }[]) =>
  parts.flatMap((p) => (p.type === "list" ? (p as ListPart).items : []));

describeEachDatabase("application news from the trial (issue 12, apps12n)", (getDb) => {
  const bed = offlineChatBed(getDb, "apps12n");

  it("an interview at a company never logged is logged at that stage, with its day and reminder", async () => {
    const p = await bed.person();
    const r = await p.say("interview at Larkspur Clinic next wednesday 2pm");
    expect(r.text).toMatch(/Logged Larkspur Clinic at interview, Wed, \w+ \d+ at 14:00/);
    expect(r.text).toMatch(/hadn't tracked it before/);
    // A bare role next names the role of the one just logged (not a second application).
    const role = await p.say("medical assistant");
    expect(role.tools).toEqual(["change_application"]);
    const listed = await p.say("show my applications");
    expect(listed.text).toMatch(/^Medical Assistant at Larkspur Clinic — interview, interview on Wed/i);
    const reminders = await p.say("any reminders?");
    expect(reminders.text).toMatch(/for your interview with Larkspur Clinic on Wed/);
  });

  it("an offer from a company never logged is logged as an offer; a pronoun logs nothing", async () => {
    const p = await bed.person();
    // News pointing back at no one logs no company named "they".
    await p.say("they offered me the job!");
    expect((await p.say("show my applications")).text).not.toMatch(/\bthey\b/i);
    expect((await p.say("got an offer from Brindle Labs!")).text).toMatch(
      /Logged Brindle Labs at offer — I hadn't tracked it before\. Congratulations!/,
    );
    expect((await p.say("show my applications")).text).toMatch(/Brindle Labs — offer/);
    // Rejection news about an application never logged still only says how to log it.
    expect((await p.say("Corvid Health rejected me")).text).toMatch(/don't track an application to/);
  });

  it("'withdraw my <company> application' withdraws it and stops its follow-up; 'undo that' puts it back", async () => {
    const p = await bed.person();
    await p.say("I applied to Harrow Mutual Bank for risk analyst yesterday");
    expect((await p.say("show my reminders")).text).toMatch(/follow-up with Harrow Mutual Bank/);
    const w = await p.say("withdraw my Harrow application");
    expect(w.calls).toEqual([
      { name: "update_application_status", args: { application: "Harrow", status: "withdrawn" } },
    ]);
    expect(w.text).toMatch(/Harrow Mutual Bank \(Risk Analyst\): applied → withdrawn/);
    const undone = await p.say("undo that");
    expect(undone.text).toMatch(/back to applied/);
    expect((await p.say("show my applications")).text).toMatch(
      /Risk Analyst at Harrow Mutual Bank — applied/,
    );
    // Withdrawn for good: its follow-up reminder is gone.
    await p.say("withdraw my Harrow application");
    expect((await p.say("show my reminders")).text).toMatch(/no reminders/);
  });

  it("'actually make that thursday' right after an interview day moves that interview", async () => {
    const p = await bed.person();
    await p.say("I applied to Fenwick Foods for buyer last week");
    expect((await p.say("Fenwick Foods interview next tuesday 10am")).text).toMatch(/Tue, \w+ \d+ at 10:00/);
    const moved = await p.say("actually make that thursday at 11am");
    expect(moved.tools).toEqual(["update_application_status"]);
    expect(moved.text).toMatch(/Fenwick Foods \(Buyer\) interview is now on Thu, \w+ \d+ at 11:00/);
  });

  it("'<company>: online assessment friday' keeps the assessment round with its day", async () => {
    const p = await bed.person();
    await p.say("I applied to Quarry Systems for software engineer today");
    const oa = await p.say("quarry systems: online assessment friday");
    expect(oa.tools).toEqual(["update_application_status"]);
    expect(oa.text).toMatch(/applied → online assessment, interview on Fri, /);
  });

  it("the reminders list shows an interview reminder beside the interview's own day, the stage named for the role", async () => {
    const p = await bed.person();
    await p.say("I applied to Ostrava Freight for logistics coordinator last week");
    const set = await p.say("Ostrava Freight wants an interview next tuesday 3pm");
    const day = /Tue, (\w+ \d+) at 15:00/.exec(set.text)?.[1];
    expect(day).toBeDefined();
    const r = await p.say("any reminders?");
    expect(r.text).toMatch(new RegExp(`for your interview with Ostrava Freight on Tue, ${day} at 15:00`));
    const item = listItems(r.parts).find((i) => /Ostrava/.test(i.text));
    expect(item?.detail).toMatch(
      new RegExp(`^interview Tue, ${day} at 15:00.*reminder Mon, \\w+ \\d+ at 15:00`),
    );
    // A coordinator's interview is an interview, not a technical one.
    expect(item?.detail).not.toMatch(/Technical/);
  });

  it("a follow-up can be set on a ghosted application", async () => {
    const p = await bed.person();
    await p.say("I applied to Pellham Logistics for dispatcher 3 weeks ago");
    await p.say("Pellham Logistics ghosted me");
    const r = await p.say("remind me to follow up with Pellham Logistics on monday");
    expect(r.tools).toEqual(["set_reminder"]);
    expect(r.text).toMatch(/I'll remind you to follow up with Pellham Logistics/);
    expect((await p.say("show my reminders")).text).toMatch(/follow-up with Pellham Logistics/);
  });

  it("the same application logged twice is said to be tracked already; another role there is logged", async () => {
    const p = await bed.person();
    await p.say("I applied to Tindall Audio for product designer");
    const again = await p.say("I applied to Tindall Audio for product designer");
    expect(again.text).toMatch(/already track Product Designer at Tindall Audio/);
    // "undo that" after it takes nothing back: the one tracked stays.
    await p.say("undo that");
    const other = await p.say("I applied to Tindall Audio for ux researcher");
    expect(other.text).toMatch(/Ux Researcher at Tindall Audio|UX Researcher at Tindall Audio/i);
    expect((await p.say("show my applications")).text).toMatch(/You have 2 applications/);
  });
});
