/**
 * Issue 12 item 6 through the real conversation (offline planner, PGlite and PostgreSQL):
 * salary negotiation, career paths, networking, company research and resume improvement
 * are answered in words grounded in what the person stored, with next steps as quick
 * replies, no tool call, and no figure nobody stated.
 */
import { expect, it } from "vitest";
import { quickReplies as chips, offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

// A resume written for this test: two bullets without a number, one with; R listed but unused.
const RESUME = `Omar Haddad
omar.haddad@example.org | Lisbon, Portugal

EXPERIENCE
Data Analyst, Sardine Retail, Lisbon — 2021 to Present
- Built weekly sales dashboards in Tableau and SQL
- Cleaned survey data with Python
- Cut report preparation time by 40%

EDUCATION
BSc Statistics, University of Lisbon, 2017 - 2021

SKILLS
SQL, Python, Tableau, R, Excel`;
const resume = textAttachment("omar.txt", RESUME);

// A nurse's resume, written for this test.
const NURSE = `Rosa Lindqvist
rosa.lindqvist@example.org | Malmo, Sweden

EXPERIENCE
Registered Nurse, Skane University Hospital — 2019 to Present
- Cared for patients on a cardiology ward; administered medications
- Documented care in Epic

EDUCATION
Bachelor of Science in Nursing, Lund University, 2019

SKILLS
Epic, patient assessment, IV therapy`;

describeEachDatabase("career advice grounded in the person's data (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "adv");
  const person = async (withResume = true) => (await bed.person(withResume ? resume : undefined)).say;

  it('"how can I improve my resume?" names the file, the bullets without numbers and unbacked skills', async () => {
    const say = await person();
    const r = await say("how can I improve my resume?");
    expect(r.tools).toEqual([]);
    expect(r.text).toContain("omar.txt");
    expect(r.text).toMatch(/2 of its 3 bullets have no number/);
    expect(r.text).toMatch(/\bR\b.*no job or project shows/);
    expect(chips(r).length).toBeGreaterThanOrEqual(1);
  });

  it("without a resume, resume advice says what it needs instead of inventing findings", async () => {
    const say = await person(false);
    const r = await say("how can I improve my resume?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/haven't read a resume/);
  });

  it('"what career paths fit my profile?" names O*NET occupations that use their skills', async () => {
    const say = await person();
    const r = await say("what career paths fit my profile?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/O\*NET/);
    expect(r.text).toMatch(/uses your .*(SQL|Python|Tableau)/);
    const fit = chips(r).find((o) => /^am I a fit for /.test(o.text));
    expect(fit).toBeDefined();
    // The chip is a whole message that works when tapped.
    expect((await say(fit!.text)).tools).toEqual(expect.arrayContaining(["analyze_fit"]));
  });

  it("career paths for a nurse stay in nursing, not every occupation that shares a tool", async () => {
    // Found as a new user: a nurse was pointed to emergency physicians and orthopedic
    // surgeons, because they too use Epic.
    const say = (await bed.person(textAttachment("rosa.txt", NURSE))).say;
    const r = await say("what jobs could I move into?");
    expect(r.tools).toEqual([]);
    expect(r.text).toMatch(/close to your Registered Nurse work/);
    expect(r.text).toMatch(/Nurse Practitioner|Nurse Anesthetist|Nurse Midwife/);
    expect(r.text).not.toMatch(/Physician|Surgeon/);
  });

  it("with skills and no job held, career paths say what is missing, not that no skills are known", async () => {
    // New-user trial F5.6: two skills on the profile, and the reply said "I don't know your skills yet".
    const say = await person(false);
    await say("add excel as advanced");
    await say("add pivot tables");
    const r = await say("what career paths fit me?");
    expect(r.tools).toEqual([]);
    expect(r.text).not.toMatch(/don't know your skills/);
    expect(r.text).toMatch(/lists 2 skills.*Tell me the job you do now/s);
  });

  it("salary negotiation uses the stated expectation and states no other figure", async () => {
    const say = await person();
    await say("My salary expectation is at least 90000 EUR");
    const r = await say("how do I negotiate my salary?");
    expect(r.tools).toEqual([]);
    expect(r.text).toContain("90,000 EUR a year");
    expect(r.text.replace("90,000", "").match(/\d{2,}/g)).toBeNull();
  });

  it("networking and company research name the companies they applied to", async () => {
    const say = await person();
    await say("I applied to Stripe yesterday for a data analyst role");
    const net = await say("how do I network for a job?");
    expect(net.tools).toEqual([]);
    expect(net.text).toContain("Stripe");
    const research = await say("how should I research a company before applying?");
    expect(research.tools).toEqual([]);
    expect(research.text).toMatch(/For Stripe \(data analyst/i);
  });
});
