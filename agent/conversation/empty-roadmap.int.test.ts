/**
 * A roadmap asked for when the analysis left nothing to learn: found as a new user (a web
 * designer FIT for a front-end ad). The reply was "Here's a week-by-week plan: 0 weeks at 10
 * hours a week. Tell me when you finish a week" with "Finished week 1" as the next step.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, quickReplies, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Lena Brandt
lena.brandt@example.com | Bristol, UK

EXPERIENCE
Frontend Developer, Harbour Digital, Bristol — April 2019 to Present
- Built client websites in HTML, CSS and Angular from Figma designs

SKILLS
HTML, CSS, Angular, Figma`;

const AD = `Frontend Developer
Requirements
- 2+ years building web pages with HTML and CSS
- Experience with Angular`;

vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("a roadmap with nothing to learn", (getDb) => {
  const bed = offlineChatBed(getDb, "empty-plan");

  it("says there is nothing to plan and offers practice and applying, not 'finished week 1'", async () => {
    const p = await bed.person(textAttachment("lena.txt", RESUME));
    const fit = await p.say(`am I a fit for this job?\n\n${AD}`);
    expect(fit.tools).toContain("analyze_fit");
    expect(fit.text).toMatch(/\bFIT\b/);
    const plan = await p.say("make me a roadmap");
    expect(plan.tools).toEqual(["create_roadmap"]);
    expect(plan.text).toMatch(/nothing to plan/i);
    expect(plan.text).not.toMatch(/0 weeks|finish a week/i);
    const next = quickReplies(plan).map((q) => q.text);
    expect(next).not.toContain("Finished week 1");
    expect(next).toContain("Give me an interview question");
  });
});
