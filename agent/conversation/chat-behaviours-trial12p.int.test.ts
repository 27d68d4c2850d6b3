/**
 * Chat behaviours from the new-user trial (issue 12, chat12p), through the real conversation
 * on the offline planner:
 *  - a question typed during interview practice is answered, not scored; a real answer is;
 *  - hourly pay said in Spanish, German, French, Portuguese and Hinglish is an hourly expectation;
 *  - shift preferences are stored and shown in the profile;
 *  - "<title> at <company> [dates]" is an experience entry with its company.
 */
import { expect, it, vi } from "vitest";
import { offlineChatBed } from "../../test-support/chat-turn.ts";
import { describeEachDatabase } from "../../test-support/db.ts";

vi.setConfig({ testTimeout: 240_000 });

describeEachDatabase("chat behaviours (trial, chat12p)", (getDb) => {
  const bed = offlineChatBed(getDb, "chat12p");

  it("questions during practice are answered and the question stays open; the answer is scored", async () => {
    const p = await bed.person();
    await p.say("I'm a product manager with 4 years experience");
    const asked = await p.say("practice behavioral questions");
    expect(asked.tools).toEqual(["practice_question"]);

    const gap = await p.say("how do i explain the gap on my resume?");
    expect(gap.tools).not.toContain("answer_question");
    expect(gap.text).toMatch(/gap is common/i);

    const star = await p.say("wait what does STAR mean");
    expect(star.tools).toEqual([]);
    expect(star.text).toMatch(/Situation.*\n.*Task.*\n.*Action.*\n.*Result/s);
    expect(star.text).toMatch(/still open/);

    const example = await p.say("can you give me an example first");
    expect(example.tools).toEqual([]);
    expect(example.text).toMatch(/has this shape/);

    const answer = await p.say(
      "At my last company I had no authority over design, so I set up a weekly review where we agreed the goal together, and we shipped the redesign two weeks early.",
    );
    expect(answer.tools).toEqual(["answer_question"]);
    expect(answer.text).toMatch(/Score \d+\/100/);
  });

  it("hourly pay in other languages is stored as an hourly expectation", async () => {
    const cases: [string, string, number][] = [
      ["al menos 20 dólares la hora", "USD", 20],
      ["mindestens 25 Euro pro Stunde", "EUR", 25],
      ["30 euros de l'heure", "EUR", 30],
      ["25 reais por hora", "BRL", 25],
      ["500 rupaye per ghanta", "INR", 500],
    ];
    for (const [text, currency, amount] of cases) {
      const p = await bed.person();
      const said = await p.say(text);
      expect(said.calls, text).toEqual([
        {
          name: "set_preferences",
          args: { salaryMin: amount, salaryCurrency: currency, salaryPeriod: "hour" },
        },
      ]);
      expect(said.text).toContain(`at least ${amount} ${currency} an hour`);
    }
  });

  it("shift preferences are stored, one only-shift at a time, and shown in the profile", async () => {
    const p = await bed.person();
    const nights = await p.say("I can only work nights");
    expect(nights.calls).toEqual([
      { name: "set_preferences", args: { shifts: [{ shift: "night", stance: "only" }] } },
    ]);
    const weekends = await p.say("no weekends");
    expect(weekends.tools).toEqual(["set_preferences"]);
    expect(weekends.text).toMatch(/nights only; no weekends/);
    await p.say("open to rotating shifts");
    const days = await p.say("day shift only");
    expect(days.text).toMatch(/no weekends; open to rotating shifts; days only/);
    expect(days.text).not.toMatch(/nights only/);
    const profile = await p.say("show my profile");
    expect(profile.text).toMatch(/What you want from a job: no weekends; open to rotating shifts; days only/);
  });

  it("a work-history line is an experience entry with its company and dates", async () => {
    const p = await bed.person();
    const teller = await p.say("bank teller at Chase");
    expect(teller.calls[0]).toMatchObject({ name: "add_profile_entry", args: { kind: "experience" } });
    expect(teller.text).toMatch(/experience: Bank Teller at Chase/);
    const cashier = await p.say("cashier at walmart 2019-2021");
    expect(cashier.text).toMatch(/experience: Cashier at Walmart/);
    const profile = await p.say("show my profile");
    expect(profile.text).toMatch(/2 roles/);
    // A question with "at" is no entry.
    const asked = await p.say("is a data analyst at Google paid well?");
    expect(asked.tools).not.toContain("add_profile_entry");
  });

  it("a path between two named roles is answered from the role data and the target is kept", async () => {
    const p = await bed.person();
    await p.say("I'm a registered nurse, 5 years");
    await p.say("I want to become a nurse practitioner");
    const path = await p.say("what's the career path from RN to nurse manager?");
    expect(path.tools).toEqual([]);
    expect(path.text).toMatch(/From Registered Nurse to Nurse Manager/);
    expect(path.text).toMatch(/Medical and Health Services Managers/);
    expect(path.text).toMatch(/job zone/);
    expect(path.text).toMatch(/haven't changed your target \(Nurse Practitioner\)/);
    expect(path.text).not.toMatch(/Occupations close to your/);
    const cashier = await p.say("how do I go from cashier to store manager?");
    expect(cashier.text).toMatch(/First-Line Supervisors of Retail Sales Workers/);
  });

  it("a term asked about after an ad is answered from the skill data, or honestly not known", async () => {
    const p = await bed.person();
    await p.say("I'm a high school English teacher, 6 years");
    await p.say(
      "Here's a job I like: Instructional Designer at Lumen Learning. Requirements: 3+ years designing courses; Articulate Storyline; knowledge of ADDIE; LMS administration. Remote.",
    );
    await p.say("do i fit?");
    const unknown = await p.say("whats ADDIE? is it hard to learn");
    expect(unknown.tools).toEqual([]);
    expect(unknown.text).toMatch(/"ADDIE" isn't in my skill data/);
    expect(unknown.text).not.toMatch(/Which gap do you mean/);
    expect(unknown.parts.length + unknown.text.length).toBeGreaterThan(0);
    const known = await p.say("what is Articulate Storyline?");
    expect(known.tools).toEqual([]);
    expect(known.text).toMatch(/Articulate Storyline is .* in my skill data/);
    expect(known.text).toMatch(/one of your gaps for Instructional Designer/);
  });
});
