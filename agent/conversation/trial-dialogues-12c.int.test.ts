/**
 * Wrong turns found trying the product as new users (issue 12, trial12c), played through the
 * conversation entry with the offline planner on PGlite and PostgreSQL. Messages written for this test.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Marta Nowak
marta.nowak@example.org | Hamburg, Germany

EXPERIENCE
Test Engineer, Nordwerk Fahrzeugtechnik GmbH, Hamburg, 2021 - 2025
- Ran 250 durability tests on gearbox parts and reported results to design teams
- Wrote Python scripts that cut report time by a third

EDUCATION
B.Sc. Mechanical Engineering, TU Hamburg, 2020

SKILLS
Python, Excel, MATLAB, SQL`;

const resume = textAttachment("marta.txt", RESUME);

describeEachDatabase("new-user trials (issue 12, trial12c)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12c");
  const person = () => bed.person(resume);

  it("a role not recognised after a fit check is said once, without the old role's card again", async () => {
    const p = await person();
    await p.say("I want to be a data analyst");
    expect((await p.say("am I a fit?")).tools).toContain("analyze_fit");
    const r = await p.say("and for a PM role?");
    expect(r.text).toMatch(/could not match|describe the role|product manager or project manager/i);
    expect(r.text).not.toMatch(/FIT for Data Analyst/i);
  });

  it("how's <tracked company> going after an analysis shows it; an untracked one is said to be untracked", async () => {
    const p = await person();
    await p.say("I applied to Siemens yesterday for data analyst");
    await p.say("I want to be a data analyst");
    await p.say("am I a fit?");
    expect((await p.say("how's Siemens going?")).text).toMatch(/Data Analyst at Siemens/i);
    const tesla = await p.say("how's my Tesla application going?");
    expect(tesla.text).toMatch(/No application to Tesla is tracked/);
  });
});
