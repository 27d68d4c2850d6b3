/**
 * Issue 12 item 8 and issue 13 item 5 through the real conversation (offline planner, PGlite
 * and PostgreSQL): the pay, place and work mode a person puts in a described dream role are
 * their own preferences. They are stored through the preferences service (only where the
 * profile has none: an explicit earlier statement wins), the reply says so, and the next
 * real ad's salary is scored without asking again. A pasted ad's own pay is the employer's
 * and stores nothing.
 */
import { expect, it } from "vitest";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import type { ChatPerson } from "../../test-support/chat-turn.ts";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import type { Analysis } from "../../tools/gap/types.ts";

// A job ad written for this test, with a pay range in dollars a year.
const AD = `Marketing Manager — Fjordline Outdoor (remote, US)
We sell hiking and camping gear online.
Requirements
- 4+ years of marketing experience
- HubSpot and Google Analytics
Salary: $105,000 - $125,000 per year`;

describeEachDatabase("a described dream role's pay, place and work mode (issues 12 and 13)", (getDb) => {
  const bed = offlineChatBed(getDb, "drp");
  const userOf = async (p: ChatPerson) => (await createUsersRepository(getDb()).resolveIdentity(p.who)).id;
  const preferencesOf = async (p: ChatPerson) =>
    (await createProfileRepository(getDb()).load(await userOf(p))).preferences;

  it("a described role's pay and work mode are stored, said, and the next ad's salary is scored, not asked", async () => {
    const p = await bed.person();
    const set = await p.say("I'd like to work as a marketing manager, remote, around $115k");
    expect(set.tools).toEqual(["set_dream_job"]);
    // "around $115k" is a target, not a floor; both came from the described role.
    expect(set.text).toMatch(/I noted what you want: around 115,000 USD a year; remote\./);
    expect(await preferencesOf(p)).toEqual({
      salaryTarget: 115000,
      salaryCurrency: "USD",
      salaryPeriod: "year",
      remote: "remote",
      fromDescribedRole: ["remote", "salary"],
    });

    await p.say("add HubSpot as an advanced skill");
    expect((await p.say(AD)).tools).toEqual(["set_dream_job"]);
    const fit = await p.say("am I a fit?");
    expect(fit.tools).toEqual(["analyze_fit"]);
    const analysis = await createAnalysesRepository(getDb()).latestAnalysis<Analysis>(await userOf(p));
    expect(analysis!.result.job.source).not.toBe("role_profile");
    const salary = analysis!.result.scoreDetails.salary;
    expect(salary.enoughData).toBe(true);
    expect(salary.explanation).toMatch(/115,000/);
    // Not asked again: the question would be a part of the reply ("What pay do you expect?").
    expect(`${fit.text} ${JSON.stringify(fit.parts)}`).not.toMatch(/what pay do you expect/i);
  });

  it("an explicit earlier expectation is kept; the role's place fills the empty location", async () => {
    const p = await bed.person();
    await p.say("My salary expectation is at least 72000 EUR");
    const set = await p.say("I want to become a product manager in Munich, salary around 55k EUR");
    expect(set.tools).toEqual(["set_dream_job"]);
    expect(set.text).toMatch(/I noted what you want: working in Munich\./);
    expect(set.text).toMatch(/You told me before: at least 72,000 EUR a year\. I kept that/);
    expect(await preferencesOf(p)).toEqual({
      salaryMin: 72000,
      salaryCurrency: "EUR",
      salaryPeriod: "year",
      desiredLocation: "Munich",
      fromDescribedRole: ["desiredLocation"],
    });
  });

  it("a pasted ad's own pay, place and work mode store nothing", async () => {
    const p = await bed.person();
    const set = await p.say(AD);
    expect(set.tools).toEqual(["set_dream_job"]);
    expect(set.text).not.toMatch(/I noted what you want/);
    expect(await preferencesOf(p)).toEqual({});
  });

  it("a described role with no pay, place or work mode says nothing about preferences", async () => {
    const p = await bed.person();
    const set = await p.say("I want to be a civil engineer");
    expect(set.tools).toEqual(["set_dream_job"]);
    expect(set.text).not.toMatch(/noted what you want|told me before/);
    expect(await preferencesOf(p)).toEqual({});
  });
});
