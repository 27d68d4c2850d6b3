/**
 * Issue 12 (chat16u), trial16 §6 and trial14's leftover: "undo" right after a skill's level was
 * changed, a profile entry edited, or the target set said "there is no such change to undo now".
 * Through the real conversation on the offline planner, on each database (messages written for
 * this test): each is taken back through the same tools and services, and an edit that cannot
 * be put back exactly (a field that was empty) offers no undo.
 */
import { expect, it, vi } from "vitest";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 400_000 });

describeEachDatabase("undo of a level, an entry edit and a target (chat16u)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat16u-undo");
  const userOf = (who: { channel: string; externalId: string }) =>
    createUsersRepository(getDb()).resolveIdentity(who);
  const stored = async (who: { channel: string; externalId: string }) =>
    createProfileRepository(getDb()).load((await userOf(who)).id);

  it("a level changed goes back to the level it had", async () => {
    const p = await bed.person();
    await p.say("I worked as a data clerk at Ledgerline from 2021 to 2025");
    await p.say("add Python as advanced");
    await p.say("change Python to beginner");
    const python = async () => (await stored(p.who)).skills.find((s) => s.name === "Python")?.proficiency;
    expect(await python()).toBe("beginner");
    const undone = await p.say("undo");
    expect(undone.tools).toEqual(["update_skill"]);
    expect(await python()).toBe("advanced");
  });

  it("an employer corrected goes back to the one it had", async () => {
    const p = await bed.person();
    await p.say("I worked as a barista at Bean Co from 2019 to 2022");
    await p.say("change the employer of my barista role to Bean Company Ltd");
    expect((await stored(p.who)).experience.map((e) => e.company)).toEqual(["Bean Company Ltd"]);
    const undone = await p.say("undo");
    expect(undone.tools).toEqual(["correct_profile_entry"]);
    expect((await stored(p.who)).experience.map((e) => [e.title?.toLowerCase(), e.company])).toEqual([
      ["barista", "Bean Co"],
    ]);
  });

  it("a new target goes back to the one before", async () => {
    const p = await bed.person();
    await p.say("I worked as a bookkeeper at Tallyworks from 2018 to 2024");
    await p.say("I want to be a financial analyst");
    await p.say("I want to be a payroll specialist");
    const latest = async () =>
      (await createAnalysesRepository(getDb()).latestJob((await userOf(p.who)).id))?.title?.toLowerCase();
    expect(await latest()).toMatch(/payroll/);
    const undone = await p.say("undo");
    expect(undone.tools).toEqual(["set_dream_job"]);
    expect(await latest()).toMatch(/financial analyst/);
  });
});
