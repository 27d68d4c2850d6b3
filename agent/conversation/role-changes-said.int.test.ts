/**
 * Issue 12 (chat12s): a job left ("I left Brightline last month") ends that role on the profile,
 * an unknown employer asks which role and changes nothing, and a corrected length ("no, 4 years
 * not 6") edits the job just told instead of adding one. Real conversation, offline planner,
 * each database. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { monthLabel, monthOf } from "../../tools/experience/roles.ts";
import { currentMonth } from "../../tools/resume/fields/dates.ts";

vi.setConfig({ testTimeout: 240_000 });

const here = monthOf(currentMonth(new Date()))!;

describeEachDatabase("a job left or its length corrected in chat (chat12s)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12s-roles");
  const stored = bed.profileOf;

  it("'I left Brightline last month' ends that role; an employer not on the profile asks which", async () => {
    const p = await bed.person();
    await p.say("I'm a shift supervisor at Brightline, 4 years");
    const before = await stored(p.who);
    expect(before.experience).toMatchObject([
      { title: "Shift Supervisor", company: "Brightline", current: true },
    ]);
    const unknown = await p.say("I quit my job at Northwind in March");
    expect(unknown.text).toMatch(/Which one did you mean: Shift Supervisor at Brightline/);
    expect((await stored(p.who)).experience).toEqual(before.experience);
    const left = await p.say("I left Brightline last month");
    expect(left.tools).toEqual(["change_role"]);
    const [job] = (await stored(p.who)).experience;
    expect(job).toMatchObject({ title: "Shift Supervisor", current: false, end: monthLabel(here - 1) });
    expect(left.text).toMatch(/you left Shift Supervisor at Brightline/);
    expect(left.text).toMatch(/no longer your current job/);
  });

  it("'no, 4 years not 6' edits the job just told, not a new one", async () => {
    const p = await bed.person();
    await p.say("I was a line cook for 6 years");
    const told = (await stored(p.who)).experience;
    expect(told).toHaveLength(1);
    const turn = await p.say("no, 4 years not 6");
    expect(turn.tools).toEqual(["change_role"]);
    const jobs = (await stored(p.who)).experience;
    expect(jobs).toHaveLength(1);
    const end = jobs[0]!.end ?? currentMonth(new Date());
    expect(monthOf(end)! - monthOf(jobs[0]!.start)!).toBe(48);
    expect(turn.text).toMatch(/Updated Line Cook: 4 years/);
  });
});
