/**
 * trial19 / trial20 §3: "das ist nicht mein Lebenslauf, das ist von meinem Vater" after a resume
 * was read gave a resume quality report; the father's jobs, skills and name stayed on the
 * daughter's profile. Disowning the resume offers to forget it (the same preview and question as
 * "delete my resume"); the yes deletes it. Resume and messages written for this test.
 */
import { expect, it } from "vitest";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Horst Weber
horst.weber@example.de | Essen

EXPERIENCE
Senior Systems Programmer, Ruhr Bank AG, Essen — 01/1995 to 12/2010
- Maintained COBOL batch jobs and JCL for the payments platform

SKILLS
COBOL, JCL, DB2`;

describeEachDatabase("a resume the person says is not theirs", (getDb) => {
  const bed = offlineChatBed(getDb, "disowned");
  const resumesOf = async (who: { channel: string; externalId: string }) => {
    const user = await createUsersRepository(getDb()).resolveIdentity(who);
    return createResumesRepository(getDb()).list(user.id);
  };

  it("offers to forget it, and the yes deletes what came from it", async () => {
    const petra = await bed.person(textAttachment("lebenslauf.txt", RESUME));
    await petra.say("ich möchte wieder als Krankenschwester arbeiten");
    const ask = await petra.say("das ist nicht mein Lebenslauf, das ist von meinem Vater");
    expect(ask.tools).toEqual(["forget_resume"]);
    expect(ask.text).toMatch(/deletes your resume "lebenslauf\.txt"/);
    expect(ask.text).toMatch(/Ruhr Bank/);
    expect(await resumesOf(petra.who)).toHaveLength(1);
    const yes = await petra.say("ja");
    expect(yes.calls).toEqual([{ name: "forget_resume", args: expect.objectContaining({ confirm: true }) }]);
    expect(await resumesOf(petra.who)).toEqual([]);
    const profile = await bed.profileOf(petra.who);
    expect(profile.experience.map((e) => e.company)).not.toContain("Ruhr Bank AG");
    expect(profile.skills.map((s) => s.name)).not.toContain("COBOL");
  });

  it("an ad sent by mistake as the resume is offered to be forgotten too", async () => {
    const kai = await bed.person(textAttachment("ad.txt", RESUME));
    const ask = await kai.say("wait, that file was a job ad, not my resume");
    expect(ask.tools).toEqual(["forget_resume"]);
  });
});
