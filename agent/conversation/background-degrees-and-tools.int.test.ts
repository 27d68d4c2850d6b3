/**
 * Found by the new-user trial (issue 12, trial-findings F15.3, F21.2, F18.1): a degree said in
 * chat ("I have a BSN", "I did a BCom", in five languages) was not saved, so the verdict's
 * degree check read "education n/a"; a job said after "before that" was dropped; and tools said
 * in front of the job ("Python/Postgres/AWS engineer") were kept as the job title only, then
 * reported as gaps. Messages written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("degrees, earlier jobs and tools said in chat (issue 12, chat12o)", (getDb) => {
  const bed = offlineChatBed(getDb, "degrees");

  it("a degree said alone is saved as an education entry (add_profile_entry, as the outside conversations label it), shown back, and listed on the profile", async () => {
    const p = await bed.person();
    const told = await p.say("I have a BSN");
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args).toMatchObject({ kind: "education" });
    expect(told.text).toMatch(/education: BSN/);
    const commerce = await p.say("I did a BCom back in 2014");
    expect(commerce.tools).toEqual(["add_profile_entry"]);
    expect(commerce.text).toMatch(/education: BCom\b/);
    expect(commerce.text).not.toMatch(/BCom back/);
    const profile = await p.say("show my profile");
    const shown = JSON.stringify(profile.parts) + profile.text;
    expect(shown).toMatch(/2 education entries/);
    expect(shown).toMatch(/BSN/);
    expect(shown).toMatch(/BCom/);
  });

  it("a degree said with the job is saved with it and counted by the verdict's degree check", async () => {
    const p = await bed.person();
    const told = await p.say("I'm a registered nurse, 6 years on a surgical ward, and I have a BSN");
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args.background).toMatchObject({
      roles: [{ title: "Registered Nurse", months: 72 }],
      education: [{ level: "bachelor", field: "Nursing" }],
    });
    await p.say("I want to be a nurse practitioner");
    const fit = await p.say("am i a fit?");
    const card = JSON.stringify(fit.parts);
    expect(card).not.toMatch(/the job asks for master level education and your profile shows none/);
    expect(card).toMatch(/you have bachelor/);
  });

  it.each([
    ["es", "tengo una licenciatura en economía", "bachelor"],
    ["fr", "j'ai un master en finance", "master"],
    ["de", "ich habe einen Bachelor in Informatik", "bachelor"],
    ["pt", "fiz mestrado em ciência de dados", "master"],
    ["hi", "maine BCom kiya hai", "bachelor"],
  ])("a degree said in %s is saved as an education entry", async (_lang, message, _level) => {
    const p = await bed.person();
    const told = await p.say(message);
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args).toMatchObject({ kind: "education" });
    expect(told.text).toMatch(/education: /);
    expect(told.text).not.toMatch(/kiya|hai\b/);
  });

  it("wanting a degree or asking about one saves nothing", async () => {
    const p = await bed.person();
    for (const message of ["I'm thinking of doing an MBA", "is an MBA worth it?"]) {
      const reply = await p.say(message);
      expect(reply.tools).not.toContain("add_profile_entry");
    }
  });

  it("a job said 'before that' is kept beside the one said first, each in its own span", async () => {
    const p = await bed.person();
    const told = await p.say(
      "I've been a data analyst for 2 years, before that I was a math teacher for 4 years",
    );
    expect(told.tools).toEqual(["add_profile_entry"]);
    const roles = (told.calls[0]!.args.background as { roles: { title: string; current?: boolean }[] }).roles;
    expect(roles.map((r) => r.title)).toEqual(["Math Teacher", "Data Analyst"]);
    expect(roles[0]).toMatchObject({ current: false, months: 48, endedMonthsAgo: 24 });
    expect(roles[1]).toMatchObject({ current: true, months: 24 });
  });

  it("tools said in front of the job are saved as skills, and not reported as gaps", async () => {
    const p = await bed.person();
    const told = await p.say("5 years Python/Postgres/AWS engineer");
    expect(told.tools).toEqual(["add_profile_entry"]);
    expect(told.calls[0]!.args.background).toMatchObject({
      roles: [{ title: "Software Engineer", months: 60 }],
    });
    const skills = (told.calls[0]!.args.background as { skills: { name: string }[] }).skills.map(
      (s) => s.name,
    );
    expect(skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL", "Amazon Web Services"]));
    await p.say("I want to be a data engineer");
    const fit = await p.say("am i a fit?");
    expect(fit.text).not.toMatch(/Python[^.\n]*not on your profile/);
    expect(fit.text).not.toMatch(/SQL[^.\n]*not on your profile/);
  });
});
