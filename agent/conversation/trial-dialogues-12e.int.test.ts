/**
 * Wrong turns found trying the product as new users (issue 12, trial12e), played through the
 * conversation entry with the offline planner on PGlite and PostgreSQL. Messages and the
 * resume written for this test.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const NURSE = `Joan Adeyemi
joan.adeyemi@example.org | Dayton, OH

EXPERIENCE
Registered Nurse, Valley General Hospital — 2014 to Present
- Cared for patients on a busy surgical ward; charted in Epic
- Led the unit's switch to barcode medication scanning

EDUCATION
BSN Nursing, Wright State University, 2014

SKILLS
Patient care, Epic, electronic health records, Excel, HIPAA`;

// The question bank and its embedder load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const listed = (r: { parts: { type: string; items?: { text: string; detail?: string }[] }[] }) =>
  r.parts.flatMap((part) => (part.type === "list" ? (part.items ?? []) : []));

describeEachDatabase("new-user trials (issue 12, trial12e)", (getDb) => {
  const bed = offlineChatBed(getDb, "trial12e");

  it("role acronyms (SWE, DS, SRE) are set as the roles they stand for", async () => {
    const p = await bed.person();
    const swe = await p.say("set my target to SWE");
    expect(swe.tools).toEqual(["set_dream_job"]);
    expect(swe.text).toMatch(/Software Engineer/);
    expect((await p.say("am I a fit for DS roles?")).text).toMatch(/Data Scientist/);
    expect((await p.say("i wanna be an sre")).text).toMatch(/Site Reliability Engineer/);
  });

  it("'the second' right after a question list practises that question; 'quiz me on the first one' the first", async () => {
    const p = await bed.person();
    await p.say("I want to be a data analyst");
    const list = await p.say("give me interview questions");
    const items = listed(list);
    expect(items.length).toBeGreaterThan(2);
    const second = await p.say("the second");
    expect(second.tools).toEqual(["practice_question"]);
    expect(second.text).toContain(items[1]!.text);
    await p.say("stop");
    const again = listed(await p.say("give me interview questions"));
    const first = await p.say("quiz me on the first one");
    expect(first.text).toContain(again[0]!.text);
  });

  it("a career changer's questions are the target job's, not the job she holds", async () => {
    const p = await bed.person(textAttachment("joan.txt", NURSE));
    expect((await p.say("i want to move into health informatics")).text).toMatch(/Health Informatics/);
    const list = await p.say("give me interview questions");
    expect(list.text).toMatch(/Health Informatics/);
    expect(list.text).not.toMatch(/Registered Nurse/);
    const items = listed(list);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.detail).not.toMatch(/nursing|accounting/);
    await p.say("thanks");
    const quiz = await p.say("quiz me");
    expect(quiz.tools).toEqual(["practice_question"]);
    expect(items.map((i) => i.text).some((t) => quiz.text.includes(t))).toBe(true);
  });

  it("'applied amazon analyst' (company then role, no punctuation) logs the application", async () => {
    const p = await bed.person();
    const r = await p.say("applied amazon analyst");
    expect(r.tools).toEqual(["add_application"]);
    const two = await p.say("just applied to northwind logistics data analyst yesterday");
    expect(two.tools).toEqual(["add_application"]);
    const list = (await p.say("show my applications")).text;
    expect(list).toMatch(/Analyst at amazon/i);
    expect(list).toMatch(/Data Analyst at northwind logistics/i);
  });

  it("a tool named as an example of a gap's kind is that gap ('is salesforce a big deal?')", async () => {
    const p = await bed.person(textAttachment("joan.txt", NURSE));
    await p.say("I want to be an account manager");
    expect((await p.say("am I a fit?")).tools).toEqual(["analyze_fit"]);
    const r = await p.say("is salesforce a big deal?");
    expect(r.tools).toEqual(["explain_gap"]);
    expect(r.text).toMatch(/CRM[^.]*is (?:your top gap|a gap) — the job (?:requires it|would like it)/);
    expect(r.text).not.toMatch(/not among the gaps/);
  });

  it("pay asked about a described role does not speak of a posting", async () => {
    const p = await bed.person(textAttachment("joan.txt", NURSE));
    await p.say("I want to be a health informatics specialist");
    const r = await p.say("what salary should i ask for");
    expect(r.text).toMatch(/no pay figures for Health Informatics Specialist/);
    expect(r.text).not.toMatch(/posting/);
  });

  it("'cancel that' right after a reminder is set stops it", async () => {
    const p = await bed.person();
    await p.say("I applied to Orla Foods for a buyer job");
    expect((await p.say("remind me to follow up with Orla Foods in 5 days")).tools).toEqual(["set_reminder"]);
    expect((await p.say("cancel that")).tools).toEqual(["cancel_reminder"]);
    expect((await p.say("show my reminders")).text).not.toMatch(/Orla/);
  });

  it("'stop' after bookmarking the question being practised ends the practice", async () => {
    const p = await bed.person();
    await p.say("I want to be a data analyst");
    expect((await p.say("quiz me")).tools).toEqual(["practice_question"]);
    expect((await p.say("bookmark it")).tools).toEqual(["bookmark_question"]);
    const stop = await p.say("stop");
    expect(stop.text).toMatch(/stop there/i);
    expect(stop.text).not.toMatch(/nothing changed/i);
  });
});
