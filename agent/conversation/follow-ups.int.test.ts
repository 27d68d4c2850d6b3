/**
 * Messages that lean on the turn before them (issue 12, dialogue state), played through the
 * real conversation entry with the offline planner on PGlite and PostgreSQL: a week named by
 * where it sits ("the week after that"), "same … but <change>" and "what about … instead", a
 * complaint about a score that states a preference, a skill of one's own taken off "the
 * list", and quoted material read as material. Each failed before this change. The messages
 * are written for this test (the outside dev set is measured by the eval, never copied here).
 */
import { expect, it, vi } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { offlineChatBed, textAttachment } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

const RESUME = `Tomas Reyes
tomas.reyes@example.org | Austin, TX

EXPERIENCE
Operations Analyst, Redwood Logistics, Austin — June 2020 to Present
- Built Power BI dashboards and SQL reports for 9 warehouse leads
- Automated shipment reconciliation in Python, saving 6 hours a week

EDUCATION
B.B.A. in Supply Chain Management, Texas State University, 2016 - 2020

SKILLS
SQL, Python, Power BI, Excel, Swift`;

// Analyses and roadmaps load their data on first use: room for a busy machine.
vi.setConfig({ testTimeout: 180_000 });

describeEachDatabase("follow-ups read against the turn before them (issue 12)", (getDb) => {
  const bed = offlineChatBed(getDb, "followup");
  const person = () => bed.person(textAttachment("tomas.txt", RESUME));
  const profileOf = async (p: Awaited<ReturnType<typeof person>>) =>
    createProfileRepository(getDb()).load((await createUsersRepository(getDb()).resolveIdentity(p.who)).id);

  it('"what\'s in week 2?" shows week 2, and "the week after that" the next one', async () => {
    const p = await person();
    expect((await p.say("am I a fit for data engineer?")).tools).toContain("analyze_fit");
    const plan = await p.say("make me a roadmap");
    expect(plan.tools).toEqual(["create_roadmap"]);
    const two = await p.say("what's in week 2?");
    expect(two.calls).toEqual([{ name: "show_roadmap", args: { week: 2 } }]);
    expect(two.text).toMatch(/^Week 2 of \d+/);
    const three = await p.say("and the week after that?");
    expect(three.calls).toEqual([{ name: "show_roadmap", args: { week: 3 } }]);
    expect(three.text).toMatch(/^Week 3 of \d+|no week 3/);
    // "done with all of it" is that week, not "cancel" (nothing was under way to cancel).
    const done = await p.say("done with all of it");
    expect(done.calls).toEqual([{ name: "record_progress", args: { week: 3 } }]);
  });

  it('"and the next one" after marking a week done marks the next week too', async () => {
    const p = await person();
    await p.say("am I a fit for data engineer?");
    await p.say("make me a roadmap");
    expect((await p.say("finished week 1")).calls).toEqual([{ name: "record_progress", args: { week: 1 } }]);
    expect((await p.say("and the next one")).calls).toEqual([{ name: "record_progress", args: { week: 2 } }]);
  });

  it("a week past the end says how long the roadmap is", async () => {
    const p = await person();
    await p.say("am I a fit for data engineer?");
    await p.say("make me a roadmap");
    const far = await p.say("what's in week 40?");
    expect(far.calls).toEqual([{ name: "show_roadmap", args: { week: 40 } }]);
    expect(far.text).toMatch(/your roadmap has \d+ weeks?, so there is no week 40/i);
  });

  it('"same again but based in Lisbon" sets the same target with the new place', async () => {
    const p = await person();
    const first = await p.say("I want to be a data analyst");
    expect(first.tools).toEqual(["set_dream_job"]);
    const again = await p.say("same again but based in Lisbon pls");
    expect(again.tools).toEqual(["set_dream_job"]);
    expect(again.text).toMatch(/data analyst/i);
    expect(again.text).toMatch(/Lisbon/);
    const moved = await p.say("hmm what about Porto instead");
    expect(moved.tools).toEqual(["set_dream_job"]);
    expect(moved.text).toMatch(/data analyst/i);
    expect(moved.text).toMatch(/Porto/);
  });

  it("a complaint about the location score that says they would relocate stores it and scores again", async () => {
    const p = await person();
    expect((await p.say("am I a fit for data engineer?")).tools).toContain("analyze_fit");
    const r = await p.say("why is location so low?? I told you I can relocate");
    expect(r.tools).toEqual(["reanalyze"]);
    expect(r.text).toMatch(/open to relocating/);
    const stored = (await profileOf(p)).preferences;
    expect(stored.relocate).toBe(true);
    // "redo it with that" then points back at what is stored: the same job again, no error.
    const again = await p.say("redo it with that");
    expect(again.calls).toEqual([{ name: "reanalyze", args: {} }]);
    expect(again.text).toMatch(/re-ran the analysis/i);
  });

  it('"take swift off the list" removes the skill on their profile', async () => {
    const p = await person();
    const r = await p.say("can you take swift off the list, I only did a tutorial");
    expect(r.calls).toEqual([{ name: "remove_skill", args: { skill: "Swift" } }]);
    const skills = (await profileOf(p)).skills;
    expect(skills.map((s) => s.name)).not.toContain("Swift");
    expect(skills.map((s) => s.name)).toContain("Python");
  });

  it('"take figma off the list" without Figma on the profile says so and removes nothing', async () => {
    const p = await person();
    const before = (await profileOf(p)).skills.length;
    // Asked "which application?" before (and "cross haskell off my list" asked back).
    const r = await p.say("take figma off the list pls, that was one class");
    expect(r.calls).toEqual([{ name: "remove_skill", args: { skill: "figma" } }]);
    expect(r.text).toMatch(/wasn.t on your profile/i);
    expect((await profileOf(p)).skills.length).toBe(before);
  });

  it('"my resume is attached" with no file reads the stored one again and says how to send a new one', async () => {
    const p = await person();
    const r = await p.say("ok my cv is attached");
    expect(r.calls).toEqual([{ name: "read_resume", args: { stored: true } }]);
    expect(r.text).toMatch(/tomas\.txt/);
    expect(r.text).toMatch(/attach the new version/i);
  });

  it("a request about quoted text is read from its frame, not from the skills quoted", async () => {
    const p = await person();
    const before = (await profileOf(p)).skills.length;
    // Read as five skills to add (and as a target job) before: the quote is material, not a request.
    const summary = await p.say(
      "can you rewrite my linkedin summary: 'Analyst skilled in Go, Kotlin and Rust'",
    );
    expect(summary.tools).toEqual([]);
    const headline = await p.say('pls review my headline: "Backend Engineer | Java | Kafka"');
    expect(headline.tools).toEqual([]);
    expect((await profileOf(p)).skills.length).toBe(before);
  });
});
