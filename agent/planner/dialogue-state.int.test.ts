/**
 * Follow-ups that only make sense with the conversation before them (issue 12, item 3),
 * played through the real conversation entry with the offline planner: the week in focus,
 * a proposal taken with "sure", a level for the skill just added, a search narrowed in a few
 * words, a comparison after a new target, a resume pasted after a framing line. Each
 * failed before the dialogue state weighed the model's readings and kept these referents.
 * The messages are written for this test (the outside dev set is measured by the eval).
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Noor Haddad
noor.haddad@example.org | Denver, CO

EXPERIENCE
Data Analyst, Bluebird Freight, Denver — March 2021 to Present
- Wrote SQL and Python jobs that cut weekly reporting time by 40%
- Built Tableau dashboards for 12 regional managers

EDUCATION
B.S. in Statistics, Colorado State University, 2017 - 2021

SKILLS
SQL, Python, Tableau, Excel, Git`;

// Analyses, roadmaps and the question bank load on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("dialogue state: follow-ups resolved against the conversation", (getDb) => {
  const bed = offlineChatBed(getDb, "dlg");
  const person = (withResume = true) =>
    bed.person(withResume ? textAttachment("noor.txt", RESUME) : undefined);

  it("a roadmap asked for right after a new target is built for that target", async () => {
    const p = await person();
    expect((await p.say("I want to be a data engineer")).tools).toEqual(["set_dream_job"]);
    const plan = await p.say("make me a roadmap");
    expect(plan.tools).toEqual(["create_roadmap"]);
    // A new target has no analysis yet: the roadmap analyses it rather than refusing.
    expect(plan.text).not.toMatch(/no analysis yet/i);
    expect(plan.parts.some((part) => part.type === "roadmap")).toBe(true);
  });

  it('"finished all of that" after asking about week 2 marks week 2', async () => {
    const p = await person();
    expect((await p.say("am I a fit for data engineer?")).tools).toContain("analyze_fit");
    expect((await p.say("make me a roadmap")).tools).toEqual(["create_roadmap"]);
    expect((await p.say("what's in week 2?")).tools).toEqual(["show_roadmap"]);
    const done = await p.say("finished all of that");
    expect(done.calls).toEqual([{ name: "record_progress", args: { week: 2 } }]);
  });

  it("one question asked for is one to practise; questions asked for are a list", async () => {
    const p = await person();
    expect((await p.say("got a behavioural question for me?")).tools).toEqual(["practice_question"]);
    expect((await p.say("give me technical questions")).tools).toEqual(["search_questions"]);
  });

  it('"sure, do that" after a new target takes the proposed step: the fit check', async () => {
    const p = await person();
    const target = await p.say("I want to be a data engineer");
    expect(target.tools).toEqual(["set_dream_job"]);
    const yes = await p.say("sure, do that");
    expect(yes.tools).toEqual(["analyze_fit"]);
    expect(yes.text).not.toMatch(/nothing waiting/i);
  });

  it("a level on its own after adding a skill sets that skill's level (not a practice hint)", async () => {
    const p = await person();
    expect((await p.say("add rust to my skills")).tools).toEqual(["add_skill"]);
    const level = await p.say("advanced i'd say");
    expect(level.calls).toHaveLength(1);
    expect(["add_skill", "update_skill"]).toContain(level.calls[0].name);
    expect(level.calls[0].args).toMatchObject({
      skill: expect.stringMatching(/^rust$/i),
      proficiency: "advanced",
    });
  });

  it("a search narrowed in a few words after a question list searches again", async () => {
    const p = await person();
    expect((await p.say("show me SQL interview questions")).tools).toEqual(["search_questions"]);
    const narrowed = await p.say("anything about joins specifically?");
    expect(narrowed.tools).toEqual(["search_questions"]);
    expect(narrowed.text).not.toMatch(/no analysis/i);
  });

  it('"compare both" after analysing one target and moving to another compares the analyses', async () => {
    const p = await person();
    expect((await p.say("am I a fit for data engineer?")).tools).toContain("analyze_fit");
    expect((await p.say("I want to be a backend developer instead")).tools).toContain("set_dream_job");
    expect((await p.say("compare both")).tools).toEqual(["compare_analyses"]);
  });

  it("asking whether there is a roadmap shows it (or says there is none); it does not build one", async () => {
    const p = await person();
    const r = await p.say("is there a roadmap for me already?");
    expect(r.tools).toEqual(["show_roadmap"]);
  });

  it('a correction of the target keeps only the role: "no sorry, data engineer"', async () => {
    const p = await person();
    expect((await p.say("I want to be a data analyst")).tools).toEqual(["set_dream_job"]);
    const fixed = await p.say("no sorry, data engineer");
    expect(fixed.calls[0]).toEqual({ name: "set_dream_job", args: { text: "data engineer" } });
  });

  it("a short resume pasted after a framing line is read as the resume", async () => {
    const p = await person(false);
    const r = await p.say(
      "ok here is my resume:\nSam Okafor — BS Biology 2021 — Lab Technician, Riverside Clinic — Skills: Python, Excel, SPSS",
    );
    expect(r.tools).toEqual(["read_resume"]);
    expect(String(r.calls[0].args.text)).toMatch(/^Sam Okafor/);
  });
});
