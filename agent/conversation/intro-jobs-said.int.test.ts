/**
 * Issue 12 (chat12t): what an intro tells of the jobs held, saved right: duties said of the
 * first of two jobs stay with it ("…, then a shift lead at Y where I made the schedules": the
 * schedules are Y's), a length of time is never a skill ("…at Lakeview for 4 years, I …"
 * saved a skill "years"), and an armed forces rank is a job held ("I was a staff sergeant for 8
 * years" saved nothing). Real conversation, offline planner, each database. Messages written
 * for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("the jobs an intro tells (chat12t)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12t-intro");
  const stored = bed.profileOf;

  it("each duty goes under the job it was said of, in a two-job intro", async () => {
    const p = await bed.person();
    await p.say(
      "I was a bank teller at Redwood Credit for 3 years where I balanced the cash drawer, then a shift lead at Pinecrest Market where I made the schedules and trained new staff",
    );
    const jobs = (await stored(p.who)).experience;
    const teller = jobs.find((j) => j.company === "Redwood Credit");
    const lead = jobs.find((j) => j.company === "Pinecrest Market");
    expect(teller?.bullets).toEqual(["Balanced the cash drawer"]);
    expect(lead).toMatchObject({ title: "Shift Lead" });
    expect(lead?.bullets).toEqual(["Made the schedules", "Trained new staff"]);
  });

  it("'…at Lakeview for 4 years, I …' saves no skill named after the years", async () => {
    const p = await bed.person();
    const turn = await p.say(
      "I've been a night auditor at Lakeview for 4 years, I balanced the books, handled check-ins and did inventory",
    );
    expect(turn.tools).toEqual(["add_profile_entry"]);
    const profile = await stored(p.who);
    expect(profile.experience).toMatchObject([{ title: "Night Auditor", company: "Lakeview" }]);
    expect(profile.skills.map((s) => s.name.toLowerCase())).not.toContain("years");
    const said = (turn.calls[0]!.args.background as { skills: { name: string }[] }).skills.map((s) =>
      s.name.toLowerCase(),
    );
    expect(said).not.toContain("years");
  });

  it("an armed forces rank is a job held: staff sergeant, petty officer", async () => {
    const p = await bed.person();
    const turn = await p.say("I was a staff sergeant in the army for 8 years");
    expect(turn.tools).toEqual(["add_profile_entry"]);
    expect((await stored(p.who)).experience).toMatchObject([{ title: "Staff Sergeant", current: false }]);
    const q = await bed.person();
    await q.say("i served as a petty officer for 6 years, I ran the supply room");
    expect((await stored(q.who)).experience).toMatchObject([
      { title: "Petty Officer", bullets: ["Ran the supply room"] },
    ]);
  });
});
