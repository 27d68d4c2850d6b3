/**
 * Issue 12 (profile13u), new-user trial 13 finding 6: a profile entry told in chat could not be
 * corrected or removed, and every try saved something wrong (the dream job replaced, a second
 * junk role, a certification named with the removal sentence). Through the real conversation on
 * the offline planner, on each database: entries renamed, re-dated, given an employer, removed by
 * words or by position after "show my profile", a GPA fixed; an unclear correction asks back and
 * changes nothing saved. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 400_000 });

describeEachDatabase("profile entries corrected in chat (profile13u)", (getDb) => {
  const bed = offlineChatBed(getDb, "profile13u-corrections");
  const stored = bed.profileOf;
  const jobs = async (who: { channel: string; externalId: string }) =>
    (await stored(who)).experience.map((e) => ({ title: e.title, company: e.company, start: e.start }));

  it("a role is renamed, given its employer and start year, and the dream job stays", async () => {
    const p = await bed.person();
    await p.say("I worked as a hotel porter at Hilton from 2015 to 2019");
    await p.say("I want to become a hotel manager");
    const renamed = await p.say("change my job title to Night Porter");
    expect(renamed.tools).toEqual(["correct_profile_entry"]);
    expect(renamed.text).toMatch(/Night Porter/);
    expect(await jobs(p.who)).toEqual([expect.objectContaining({ title: "Night Porter", start: "2015" })]);
    const employer = await p.say("edit my experience: employer Hilton Leeds, from 2014");
    expect(employer.tools).toEqual(["correct_profile_entry"]);
    expect(employer.text).toMatch(/employer Hilton Leeds/);
    expect(await jobs(p.who)).toEqual([{ title: "Night Porter", company: "Hilton Leeds", start: "2014" }]);
    // The job wanted is still the one set, not the job corrected.
    const fit = await p.say("am I a fit?");
    expect(fit.text + JSON.stringify(fit.parts)).toMatch(/hotel manager/i);
  });

  it("'my title should say X, not Y' renames the role named Y; a role named by words is removed", async () => {
    const p = await bed.person();
    await p.say("I worked as a warehouse assistant at Tesco from 2010 to 2018");
    await p.say("I worked as a delivery driver at DPD from 2018 to 2023");
    const fixed = await p.say(
      "my job title should say Warehouse Operative, not warehouse assistant. employer Tesco Extra",
    );
    expect(fixed.tools).toEqual(["correct_profile_entry"]);
    expect((await jobs(p.who)).map((j) => [j.title?.toLowerCase(), j.company])).toEqual([
      ["warehouse operative", "Tesco Extra"],
      ["delivery driver", "DPD"],
    ]);
    const removed = await p.say("delete my DPD job from my profile");
    expect(removed.text).toMatch(/Removed/);
    expect((await jobs(p.who)).map((j) => j.company)).toEqual(["Tesco Extra"]);
  });

  it("after 'show my profile', 'delete the second one' removes that entry", async () => {
    const p = await bed.person();
    await p.say("I have a BSc in Biology from Leeds University, 2012");
    await p.say("I worked as a lab technician at Genova Labs from 2013 to 2020");
    await p.say("show my profile");
    // The card lists education first, then the roles: the second is the lab job.
    const gone = await p.say("delete the second one");
    expect(gone.tools).toEqual(["correct_profile_entry"]);
    expect(gone.text).toMatch(/Removed the role "lab technician at Genova Labs"/i);
    const after = await stored(p.who);
    expect(after.education).toHaveLength(1);
    expect(after.experience).toHaveLength(0);
  });

  it("an unclear correction asks which one and saves nothing; a removal never adds", async () => {
    const p = await bed.person();
    await p.say("I worked as a cook at Nando's from 2016 to 2019");
    await p.say("I worked as a cook at Wagamama from 2019 to 2024");
    await p.say("I have my food hygiene certificate");
    const before = await stored(p.who);
    const unclear = await p.say("change my job title to Line Cook");
    expect(unclear.text).toMatch(/Which one/);
    expect(unclear.text).toMatch(/Nando's/);
    const missing = await p.say("remove the experience barista from my profile");
    expect(missing.text).toMatch(/couldn't find "barista"/);
    const after = await stored(p.who);
    expect(after.experience).toEqual(before.experience);
    expect(after.certifications).toEqual(before.certifications);
    // "remove the certification, also add …": the one removed, the other added; nothing named with the sentence.
    await p.say("remove my certification also add a forklift licence");
    const certs = (await stored(p.who)).certifications.map((c) => c.name);
    expect(certs.some((c) => /food hygiene/i.test(c))).toBe(false);
    expect(certs.some((c) => /remove/i.test(c))).toBe(false);
  });

  it("'actually my GPA is 3.8 not 3.5' corrects the degree's GPA", async () => {
    const p = await bed.person();
    await p.say("I have a BA in History from Durham University, 2020");
    await p.say("I have an MA in Archaeology from York University, 2022");
    const unclear = await p.say("actually my GPA is 3.8 not 3.5");
    expect(unclear.text).toMatch(/Which one/);
    expect((await stored(p.who)).education.some((e) => e.gpa)).toBe(false);
    const fixed = await p.say("my GPA for the history degree is 3.8");
    expect(fixed.tools).toEqual(["correct_profile_entry"]);
    expect(fixed.text).toMatch(/GPA 3\.8/);
    expect((await stored(p.who)).education[0]?.gpa).toBe("3.8");
  });
});

describeEachDatabase("a job told with 'been …ing' in a first message (profile13u)", (getDb) => {
  const bed = offlineChatBed(getDb, "profile13u-been-doing");
  it("'been driving lorries around leeds for 12 years … i want to become …' keeps the job and the wish", async () => {
    const p = await bed.person();
    const first = await p.say(
      "hiya, been driving lorries around leeds for 12 years. i want to become a forklift instructor, no cv sorry",
    );
    expect(first.tools).toEqual(expect.arrayContaining(["add_profile_entry", "set_dream_job"]));
    const user = await createUsersRepository(getDb()).resolveIdentity(p.who);
    const roles = (await createProfileRepository(getDb()).load(user.id)).experience;
    expect(roles.map((r) => [r.title, r.current])).toEqual([["Lorry Driver", true]]);
  });
});
