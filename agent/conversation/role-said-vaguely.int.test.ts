/**
 * Found trying the chat as a product designer: "am I a fit for a UX lead role?" answered
 * "I could not match … to a known role", and "I want to be a design lead" set a video game
 * designer as the target. The rank word is read past, and a role said too vaguely is asked
 * about with its common readings as quick replies, each of which works when tapped.
 */
import { expect, it } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test.
const DESIGNER = `Ines Duarte
ines.duarte@example.org

Experience
Product Designer — Ribeira Pay
March 2021 – Present
- Redesigned the sign-up flow in Figma; completed sign-ups rose by a fifth
- Ran usability tests with 30 customers and kept the design system

Skills
Figma, prototyping, user research, usability testing, design systems
`;

describeEachDatabase("a role said with a rank or too vaguely (issue 13)", (getDb) => {
  const bed = offlineChatBed(getDb, "vague-role");

  it("analyses a UX lead as a UX designer", async () => {
    const p = await bed.person(textAttachment("designer.txt", DESIGNER));
    const fit = await p.say("am I a fit for a UX lead role?");
    expect(fit.text).not.toMatch(/could not match/);
    expect(fit.tools).toContain("analyze_fit");
    expect(fit.text).toMatch(/(FIT|BORDERLINE|UNFIT) for UX Designer/);
  });

  it("asks which designer a design lead is, and a tapped answer sets it", async () => {
    const p = await bed.person(textAttachment("designer.txt", DESIGNER));
    const asked = await p.say("I want to be a design lead");
    expect(asked.text).toMatch(/could be several roles: .*UX Designer.*Which one/);
    expect(asked.text).not.toMatch(/Video Game|couldn't do that|didn't work/i);
    const chips = asked.parts.find((part) => part.type === "quickReplies");
    const options = chips?.type === "quickReplies" ? chips.options : [];
    const ux = options.find((o) => o.label === "UX Designer");
    expect(ux?.text).toBe("I want to be a UX Designer");
    const set = await p.say(ux!.text);
    expect(set.tools).toContain("set_dream_job");
    expect(set.text).toMatch(/UX Designer|User Experience Designer/);
  });
});
