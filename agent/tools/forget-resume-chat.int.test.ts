/**
 * "Delete my resume" in the chat, end to end on the offline planner and a real database
 * (trial18 §5): it opened "delete everything", and a German "nein" after another message in
 * between was read as a gap's name. Now: a preview of what goes, a question, and the yes or no
 * in the person's language, also after another message, deletes that resume or nothing.
 */
import { expect, it } from "vitest";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Lena Brandt
lena.brandt@example.de | Köln

EXPERIENCE
Aircraft Maintenance Technician, Rheinflug GmbH, Köln — 04/2018 to Present
- Inspected turbine engines and kept maintenance logs
- Repaired hydraulic systems under EASA Part-145

EDUCATION
Ausbildung Fluggerätmechaniker, Lufthansa Technik, 2015 - 2018

SKILLS
Hydraulics, Aircraft maintenance, Technical documentation`;

describeEachDatabase("forgetting a resume in the chat", (getDb) => {
  const bed = offlineChatBed(getDb, "forget");
  const resumesOf = async (who: { channel: string; externalId: string }) => {
    const user = await createUsersRepository(getDb()).resolveIdentity(who);
    return createResumesRepository(getDb()).list(user.id);
  };

  it("asks with what goes, keeps the person's own words, and deletes only on the yes", async () => {
    const lena = await bed.person(textAttachment("lena-cv.txt", RESUME));
    await lena.say("add Welding as a skill");
    await lena.say("set Hydraulics to expert"); // a resume skill the person rated themselves: theirs now
    const ask = await lena.say("bitte lösche meinen Lebenslauf und alle Erfahrungen daraus");
    expect(ask.tools).toEqual(["forget_resume"]);
    expect(ask.text).toMatch(/deletes your resume "lena-cv\.txt"/);
    expect(ask.text).toMatch(/Rheinflug/);
    expect(ask.text).toMatch(/keep what you told me or changed yourself: 1 skill \(Hydraulics\)/i);
    expect(ask.text).not.toMatch(/applications and this conversation/); // not "delete everything"
    expect(await resumesOf(lena.who)).toHaveLength(1);

    const yes = await lena.say("ja");
    expect(yes.calls).toEqual([{ name: "forget_resume", args: expect.objectContaining({ confirm: true }) }]);
    expect(yes.text).toMatch(/Done — I deleted your resume "lena-cv\.txt"/);
    expect(await resumesOf(lena.who)).toEqual([]);
    const profile = await bed.profileOf(lena.who);
    expect(profile.experience).toEqual([]);
    expect(profile.skills.map((s) => s.name.toLowerCase()).sort()).toEqual(["hydraulics", "welding"]);
  });

  it("a German 'nein' after another message in between cancels, naming what it cancels", async () => {
    const lena = await bed.person(textAttachment("lena-cv.txt", RESUME));
    await lena.say("delete my resume");
    const between = await lena.say("show my skills");
    expect(between.tools).toEqual(["show_skills"]);
    const no = await lena.say("nein");
    expect(no.tools).toEqual([]);
    expect(no.text).toMatch(/cancels deleting your resume "lena-cv\.txt"\. Nothing was deleted/);
    expect(await resumesOf(lena.who)).toHaveLength(1);
    expect((await bed.profileOf(lena.who)).experience).toHaveLength(1);
  });

  it("a 'yes' after another message asks again instead of deleting; 'não' then cancels", async () => {
    const lena = await bed.person(textAttachment("lena-cv.txt", RESUME));
    await lena.say("apaga o meu currículo");
    await lena.say("show my profile");
    const yes = await lena.say("yes");
    expect(yes.calls).toEqual([{ name: "forget_resume", args: expect.objectContaining({ confirm: false }) }]);
    expect(yes.text).toMatch(/which question your "yes" answers.*"lena-cv\.txt"/s);
    expect(await resumesOf(lena.who)).toHaveLength(1);
    const no = await lena.say("não");
    expect(no.tools).toEqual([]);
    expect(await resumesOf(lena.who)).toHaveLength(1);
  });

  it("a German 'nein' to deleting everything cancels it, also after another message", async () => {
    const lena = await bed.person(textAttachment("lena-cv.txt", RESUME));
    await lena.say("lösche alle meine Daten");
    await lena.say("show my skills");
    const no = await lena.say("nein");
    expect(no.tools).toEqual([]);
    expect(no.text).toMatch(/cancels deleting all your data/);
    expect(await resumesOf(lena.who)).toHaveLength(1);
  });

  it("with no resume stored, says so and deletes nothing", async () => {
    const newcomer = await bed.person();
    await newcomer.say("add Excel as a skill");
    const ask = await newcomer.say("remove my resume please");
    expect(ask.text).toMatch(/no resume stored/);
    expect((await bed.profileOf(newcomer.who)).skills).toHaveLength(1);
  });
});
