/**
 * Issue 12, on the blind conversation splits: "what am i missing for this role" and "¿qué me
 * falta para ese puesto?" after a verdict were answered with the verdict's rule (explain_score)
 * rather than what the person lacks. They get every gap, must-haves first, with why the first
 * matters and quick replies that work when tapped; "the second one" then counts that list.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const RESUME = `Marco Villa
marco.villa@example.org | Turin, Italy

Summary
Junior web developer, two years building company websites.

Experience
Web Developer, Studio Lume — 2023-01 to present
- Built and maintained six client sites in HTML, CSS and JavaScript.
- Added contact forms with PHP and MySQL.

Education
BSc Computer Science, University of Turin — 2022

Skills
HTML, CSS, JavaScript, PHP, MySQL, Git
`;

describeEachDatabase("what is missing for the job, asked after a verdict (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "gla");

  it("lists every gap, must-haves first, and lets the next message pick one", async () => {
    const p = await bed.person(textAttachment("marco.txt", RESUME));
    await p.say("I want to be a backend engineer");
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toEqual(["analyze_fit"]);
    const listed = fit.parts.flatMap((part) => (part.type === "gapList" ? part.gaps : []));
    expect(listed.length).toBeGreaterThan(1);

    const reply = await p.say("what am I missing for this role?");
    expect(reply.tools).toEqual(["explain_gap"]);
    expect(reply.text).toMatch(/^For .+ you're missing \d+ (?:must-have|nice-to-have)/);
    expect(reply.text).toContain(listed[0]!.skill);
    const replies = reply.parts.flatMap((part) => (part.type === "quickReplies" ? part.options : []));
    expect(replies.map((o) => o.text)).toContain("make me a roadmap");

    const other = await p.say("¿qué me falta para ese puesto?");
    expect(other.tools).toEqual(["explain_gap"]);

    const second = await p.say("why is the second one a gap?");
    expect(second.tools).toEqual(["explain_gap"]);
    expect(second.text).toContain(listed[1]!.skill);
  });
});
