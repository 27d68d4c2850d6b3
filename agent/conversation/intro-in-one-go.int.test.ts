/**
 * Issue 12 (chat12r), new-user trial 2026-12-06 finding 1: a casual first message that tells a
 * background kept one role at best — dates written beside the job were ignored (a past job
 * counted back from today and made current), "the last 5 as a senior …" was lost, "RN" became a
 * role titled after the ward, and the tools, listed skills and the rest were dropped without a
 * word. Now the whole intro is read in one go and the reply says what was saved and what was
 * not placed. Real conversation, offline planner, each database. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("a casual intro read in one go (chat12r)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12r-intro");
  const stored = bed.profileOf;

  it("dates written beside a past job are kept: not counted back, not made current", async () => {
    const p = await bed.person();
    const turn = await p.say(
      "I worked as a pharmacy technician for 5 years (2013-2018), then took time off to raise my twins",
    );
    expect(turn.tools).toEqual(["add_profile_entry"]);
    const [job] = (await stored(p.who)).experience;
    expect(job).toMatchObject({ title: "Pharmacy Technician", start: "2013", end: "2018" });
    expect(job?.current).not.toBe(true);
    expect(turn.text).toMatch(/Pharmacy Technician \(from 2013 to 2018\)/);
    expect(turn.text).not.toMatch(/counted back/);
  });

  it("'the last 3 as charge nurse' is the job held now, after the years before it as an RN", async () => {
    const p = await bed.person();
    const turn = await p.say("im an RN, 8 yrs on a cardiac floor and the last 3 as charge nurse");
    expect(turn.tools).toEqual(["add_profile_entry"]);
    const jobs = (await stored(p.who)).experience;
    expect(jobs.map((j) => j.title).sort()).toEqual(["Charge Nurse", "Registered Nurse"]);
    expect(jobs.find((j) => j.title === "Charge Nurse")?.current).toBe(true);
    expect(jobs.find((j) => j.title === "Registered Nurse")?.current).toBe(false);
  });

  it("keeps the listed skills and says back the parts it could not place", async () => {
    const p = await bed.person();
    const turn = await p.say(
      "I've been a cashier for 3 years, cash handling, customer service, restocking the shelves, some Excel",
    );
    const skills = (await stored(p.who)).skills.map((s) => s.name);
    expect(skills).toEqual(expect.arrayContaining(["Customer Service", "Microsoft Excel"]));
    // A duty said is the job's bullet now (chat12s), no longer said back as not placed.
    expect(turn.text).toMatch(/duties under Cashier: restocking the shelves/);
    expect(turn.text).not.toMatch(/I didn't place "restocking the shelves"/);
    expect(turn.text).not.toMatch(/couldn't read that/i);
  });
});
