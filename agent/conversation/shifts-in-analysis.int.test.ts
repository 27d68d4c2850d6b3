/**
 * Shift preferences used by the analysis (issue 12, chat12q), through the real conversation on
 * the offline planner: the culture-fit score (work conditions) compares the shifts an ad asks
 * for with the ones the person said they can work, and says what is missing when either side
 * is silent. Before, shifts were stored and shown but no score read them.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

// A resume and ads written for this test.
const RESUME = `Renata Dufresne
Spokane, WA · renata.d@example.com

EXPERIENCE
Line Cook — Maple & Rye, Spokane, WA
2019 - 2025
- Ran the grill and fryer stations for a 120-seat dinner service

SKILLS
Food Safety, Inventory Management, Customer Service
`;
const NIGHTS_AD = `Line Cook — Copper Kettle Diner, Spokane, WA. Full time, overnight shift, weekends required. Requirements: 2+ years of line cooking experience; grill and fryer stations. Pay: $19-23 per hour. am I a fit?`;
const SILENT_AD = `Line Cook — Copper Kettle Diner, Spokane, WA. Full time. Requirements: 2+ years of line cooking experience; grill and fryer stations. Pay: $19-23 per hour. am I a fit?`;

describeEachDatabase("shifts in the analysis (chat12q)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12q-shifts");

  it("an ad's overnight and weekend shifts against 'no nights, no weekends' hold the culture-fit score down, and say why", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    await p.say("I can't work nights and no weekends");
    const fit = await p.say(NIGHTS_AD);
    expect(fit.tools).toContain("analyze_fit");
    const culture = await p.say("how's my culture fit score?");
    expect(culture.text).toMatch(/Culture fit: 20\/100/);
    expect(culture.text).toMatch(/asks for night shifts and weekend work, which you said you can't work/);
  });

  it("says which side is silent: shifts stated but the ad names none, or the ad's shifts with none stated", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    await p.say("I can only work days");
    await p.say(SILENT_AD);
    const silent = await p.say("how's my culture fit score?");
    expect(silent.text).toMatch(
      /doesn't say which shifts it needs, so your shifts \(days only\) weren't compared/,
    );

    const q = await bed.person(textAttachment("resume.txt", RESUME));
    await q.say(NIGHTS_AD);
    const unstated = await q.say("how's my culture fit score?");
    expect(unstated.text).toMatch(
      /asks for night shifts and weekend work; tell me which shifts you can work/,
    );
  });
});
