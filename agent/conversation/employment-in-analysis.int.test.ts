/**
 * The kind of employment a person said they want, used by the analysis (issue 13), through the
 * real conversation on the offline planner: "only part-time" is kept as a preference (chat12u)
 * and the culture-fit score (work conditions) compares it with the kind the ad offers, and says so.
 * Before, the preference was stored and no score read it.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

// A resume and an ad written for this test.
const RESUME = `Ilse Vandermeer
Tacoma, WA · ilse.v@example.com

EXPERIENCE
Bookkeeper — Harbor Lane Dental, Tacoma, WA
2018 - 2025
- Kept the accounts payable and receivable ledgers and ran the monthly bank reconciliations

SKILLS
QuickBooks, Bookkeeping, Microsoft Excel
`;
const FULL_TIME_AD = `Bookkeeper — Cedar Point Veterinary, Tacoma, WA. Job type: Full-time. Requirements: 3+ years of bookkeeping; QuickBooks; bank reconciliations. am I a fit?`;

describeEachDatabase("employment type in the analysis (issue 13)", (getDb) => {
  const bed = offlineChatBed(getDb, "verdict13w-employment");

  it("a full-time ad against 'only part-time' holds the culture-fit score down and says both sides", async () => {
    const p = await bed.person(textAttachment("resume.txt", RESUME));
    await p.say("I'm only looking for part-time work");
    const fit = await p.say(FULL_TIME_AD);
    expect(fit.tools).toContain("analyze_fit");
    const culture = await p.say("how's my culture fit score?");
    expect(culture.text).toMatch(/Culture fit: 20\/100/);
    expect(culture.text).toMatch(/offers full-time work, and you said you want part-time work/);
  });
});
