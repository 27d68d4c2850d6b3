/**
 * Issue 12, found trying the product as an HR generalist moving into people operations:
 * "people ops manager" alone was refused as harmful; "where can I learn Looker?" before any
 * job was chosen got "There is no analysis yet", and after an analysis that did not ask for it,
 * "… is not among the gaps" with no way to learn it. A title alone sets the target; a skill
 * asked about is answered with how to learn it, whatever the analysis says of it.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Dana Example
dana@example.org | Wroclaw, Poland

Experience
HR Generalist — Trans-Cargo, Wroclaw — March 2020 to present
- Ran recruitment for warehouse and office roles and kept HR records in SAP SuccessFactors.

Skills
Recruitment, onboarding, employee relations, Excel, labour law
`;

describeEachDatabase("an HR generalist's first turns (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "hrt");

  it("answers 'where can I learn Looker?' with a free resource before any job is chosen", async () => {
    const p = await bed.person(textAttachment("dana.txt", RESUME));
    const reply = await p.say("where can i learn looker?");
    expect(reply.tools).toEqual(["explain_gap"]);
    expect(reply.text).not.toMatch(/no analysis yet/i);
    expect(reply.text).toMatch(/Looker.*good free start: .+~\d+ h/);
  });

  it("sets a title said alone as the target, and explains how to learn a skill the job does not ask", async () => {
    const p = await bed.person(textAttachment("dana.txt", RESUME));
    const target = await p.say("people ops manager");
    expect(target.tools).toEqual(["set_dream_job"]);
    expect(target.text).toMatch(/Human Resources Manager|People Operations Manager/i);
    await p.say("am I a fit?");
    const reply = await p.say("how do i get better at tableau");
    expect(reply.tools).toEqual(["explain_gap"]);
    expect(reply.text).toMatch(/Tableau is not among the gaps.*good free start/);
  });
});
