/**
 * Found trying the product (issue 12, blind3 writer's trial): "i speak spanish too btw, native"
 * added Spanish as a skill at intermediate; "I know SQL and Spark pretty well, used them for 2 yrs
 * at Oracle" added a skill named "used them for 2 yrs at Oracle". A spoken language goes with the
 * profile's languages and its level as said; a clause about the skills is no skill. Messages
 * written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 180_000 });

const RESUME = textAttachment(
  "resume.txt",
  [
    "Marta Silva",
    "marta.silva@example.com | Porto, Portugal",
    "",
    "EXPERIENCE",
    "Customer Support Lead, Ondas Telecom — 2018 to Present",
    "- Led a team of 6; built weekly SQL reports on ticket volume",
    "",
    "SKILLS",
    "SQL, Excel, Zendesk",
  ].join("\n"),
);

describeEachDatabase("languages and skills said in chat (issue 12, lead22)", (getDb) => {
  const bed = offlineChatBed(getDb, "langsaid");

  it("'i speak spanish too btw, native' keeps Spanish with the languages at native, not as a skill", async () => {
    const p = await bed.person(RESUME);
    const said = await p.say("i speak spanish too btw, native");
    expect(said.calls).toEqual([{ name: "add_skill", args: { skill: "spanish", spokenLevel: "native" } }]);
    expect(said.text).toMatch(/Spanish to your languages \(native\)/);
    const profile = await p.say("show my profile");
    expect(JSON.stringify(profile.parts)).toMatch(/Language: Spanish","detail":"native"/);
    const skills = await p.say("show my skills");
    expect(JSON.stringify(skills.parts) + skills.text).not.toMatch(/Spanish/);
  });

  it("a clause about the skills is not added as a skill", async () => {
    const p = await bed.person(RESUME);
    const said = await p.say("I know Python and Tableau pretty well, used them for 3 yrs at Ondas");
    expect(said.calls.map((c) => c.args.skill)).toEqual(["Python", "Tableau"]);
  });
});
