/**
 * Plain questions and gap questions with a claim, through the real conversation on the offline
 * planner (trial 2026-12-06, findings 7 and 9). Before: "why is CRM software a gap? I use
 * Salesforce every day" was told "CRM is not among the gaps" and nothing was recorded; "is it too
 * late at my age?" was asked back "which of these?"; "how many years experience did you count"
 * went to application stats; "hi again, where was I?" got "Hello!"; "what did you get from it"
 * after a resume got "I'm not sure which you mean". Messages and resume written for this test.
 */
import { expect, it, vi } from "vitest";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, quickReplies, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 300_000 });

const RESUME = `Marisol Quintero
Dayton, OH · marisol.q@example.org

EXPERIENCE
Office Manager — Brookfield Family Dentistry, Dayton, OH
2012 - 2019
- Ran the front desk, patient scheduling and insurance billing for four dentists
- Kept supply orders and the practice's books in QuickBooks

SKILLS
QuickBooks, Scheduling, Billing, Customer Service

EDUCATION
Associate of Applied Business, Sinclair Community College, 2011
`;

describeEachDatabase("plain questions and gap claims (ask12r)", (getDb) => {
  const bed = offlineChatBed(getDb, "ask12r-plain");
  const stored = async (who: { channel: string; externalId: string }) => {
    const user = await createUsersRepository(getDb()).resolveIdentity(who);
    const latest = await createAnalysesRepository(getDb()).latestAnalysis(user.id);
    const profile = await createProfileRepository(getDb()).load(user.id);
    return {
      readiness: latest?.readiness,
      years: profile.totalYearsExperience,
      skills: profile.skills.map((s) => s.name),
    };
  };

  it("answers where the person stands from their own data, with next steps", async () => {
    const p = await bed.person(textAttachment("marisol-resume.txt", RESUME));
    const read = await p.say("what did you get from it");
    expect(read.tools).toEqual(["show_profile"]);
    expect(read.text).toMatch(/Your profile, Marisol Quintero: 1 role/);

    const counted = await p.say("how many years of experience did you count for me?");
    expect(counted.tools).toEqual([]);
    const { years } = await stored(p.who);
    expect(counted.text).toContain(`I count ${years} year`);
    expect(counted.text).toMatch(/Office Manager at Brookfield Family Dentistry \(2012/);

    await p.say("I want to be an administrative assistant");
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toContain("analyze_fit");
    const { readiness } = await stored(p.who);

    const age = await p.say("honestly is it too late for me at my age?");
    expect(age.tools).toEqual([]);
    expect(age.text).toMatch(/Age isn't part of my analysis/);
    expect(age.text).toContain(`readiness ${Math.round(readiness!)}/100`);
    expect(quickReplies(age).map((q) => q.text)).toContain("make me a roadmap");

    const out = await p.say("can I still qualify after 6 years out of work?");
    expect(out.tools).toEqual([]);
    expect(out.text).toMatch(/A break doesn't take away your experience/);
    expect(out.text).toMatch(/since your Office Manager role ended/);

    await p.say("make me a roadmap, 4 hours a week");
    const recap = await p.say("hey, where did we leave off?");
    expect(recap.tools).toEqual([]);
    expect(recap.text).toMatch(/Target: Administrative Assistant/i);
    expect(recap.text).toMatch(/Roadmap: week 1 of \d+/);
  });

  it("a tool claimed against the gap that names it as an example is recorded and explained", async () => {
    const p = await bed.person();
    await p.say("add negotiation and cold calling");
    await p.say("I want to be an enterprise account executive");
    const fit = await p.say("am I a fit?");
    // The sales core (skills14s) names the kind as "CRM (such as Salesforce, HubSpot)".
    expect(fit.text).toMatch(/CRM \(such as Salesforce/);
    const argued = await p.say("why is CRM a gap? I work in Salesforce all day");
    expect(argued.tools).toEqual(["add_skill", "explain_gap"]);
    expect(argued.text).not.toMatch(/not among the gaps/);
    expect(argued.text).toMatch(/Salesforce is a kind of CRM/);
    expect((await stored(p.who)).skills).toContain("Salesforce");
  });
});
