/**
 * Issue 12 (chat15u, trial14 §7 and §12): career questions answered beside the point, and small
 * misreads. Messages written for this test in the trial's situations, not copied:
 * - two roles weighed ("which is the better move, X or Y? what does each pay") got the occupations
 *   near the oldest job; now both roles, a fit check offered for each, and no made-up pay figure;
 * - a move "without taking a pay cut" kept the condition as part of the role;
 * - a 30-60-90 day plan was refused as off-topic;
 * - "what about X instead? am i a fit for that" set X and never checked it;
 * - "remind me on <day> at <time> to …" showed the profile card;
 * - the pay expectation example was in euros for someone in London.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { expectationExample } from "./expectation-example.ts";

const plan = plannerWith({ focus: { hasProfile: true }, tracked: [] });
const detailOf = async (text: string) => {
  const out = await plan(text);
  expect(out.calls).toEqual([]);
  return out.says.map((s) => `${s.detail ?? ""} ${JSON.stringify(s.choices ?? [])}`).join(" ");
};

describe("two roles weighed against each other", () => {
  it("names both roles, offers a fit check for each, and gives no pay figure", async () => {
    const said = await detailOf(
      "so which is the smarter move for me, store manager or buyer? and what does each pay",
    );
    expect(said).toMatch(/Store Manager/);
    expect(said).toMatch(/Buyer/);
    expect(said).toMatch(/am I a fit for Store Manager\?/);
    expect(said).toMatch(/don't have pay data/);
    expect(said).not.toMatch(/\$\s?\d|\d{2,3},?\d{3}|\d+k\b/i);
  });
  it("'what does a X make vs a Y in <city>' compares the two roles, the city no part of either", async () => {
    const said = await detailOf("what does a store manager make vs a buyer in leeds?");
    expect(said).toMatch(/Store Manager or Buyer/);
    expect(said).toMatch(/Bureau of Labor Statistics|ONS/);
  });
});

describe("a move with a condition", () => {
  it("'without taking a pay cut' is no part of the second role, and pay is answered honestly", async () => {
    const said = await detailOf("how do i switch from cashier to store manager without taking a pay cut?");
    expect(said).toMatch(/From Cashier to Store Manager/);
    expect(said).not.toMatch(/Pay Cut/);
    expect(said).toMatch(/don't have pay data/);
  });
});

describe("a 30-60-90 day plan", () => {
  it.each([
    "what should my 30-60-90 day plan look like as a new store manager?",
    "how do i write a first 90 days plan for a store manager job",
  ])("%s is answered, not refused", async (text) => {
    const said = await detailOf(text);
    expect(said).toMatch(/Days 1-30/);
    expect(said).toMatch(/Store Manager/);
  });
});

describe("small things", () => {
  it("'what about X instead? am i a fit for that' sets X and checks the fit", async () => {
    expect((await plan("ok what about store manager instead? am i a fit for that")).calls).toEqual([
      { name: "set_dream_job", args: { text: "store manager" } },
      { name: "analyze_fit", args: {} },
    ]);
  });
  it("'remind me on <day> at <time> to …' sets a reminder", async () => {
    expect((await plan("remind me on jan 9 at 11am to send Initech my portfolio")).calls).toEqual([
      { name: "set_reminder", args: { task: "send Initech your portfolio", when: "jan 9 at 11am" } },
    ]);
  });
  it("a level said after a list applies to every item", async () => {
    expect(
      (await plan("add stock control, rota planning and cash handling as skills, expert")).calls,
    ).toEqual(
      ["stock control", "rota planning", "cash handling"].map((skill) => ({
        name: "add_skill",
        args: { skill, proficiency: "expert" },
      })),
    );
  });
  it("the pay expectation example is in the person's currency", () => {
    expect(expectationExample("London, UK")).toMatch(/GBP/);
    expect(expectationExample("Denver, CO")).toMatch(/USD/);
    expect(expectationExample("Madrid")).toMatch(/EUR/);
  });
});

describe("protests and lists", () => {
  it.each(["how is my job search going?", "what is my job title on file?"])(
    "'%s' asks, it claims no skill",
    async (text) => {
      const names = (await plan(text, { hasProfile: true })).calls.map((c) => c.name);
      expect(names).not.toContain("add_skill");
    },
  );
  it.each([
    [
      "stock control is literally my job, i count the whole store every week",
      [{ name: "add_skill", args: { skill: "stock control" } }],
    ],
    [
      "my teamwork isnt just listed, i ran the night shift with 6 people",
      [{ name: "add_skill", args: { skill: "teamwork" } }],
    ],
  ])("%s", async (text, calls) => {
    expect(
      (await plan(text, { hasProfile: true, jobTitle: "Operations Manager", jobId: "j1" })).calls,
    ).toEqual(calls);
  });
  it("'the ad says or similar' records what was used, never 'or similar'", async () => {
    const text =
      "i don't need to be an expert in tableau AND looker, the posting says 'or similar'. i've used power bi and metabase at work";
    expect((await plan(text)).calls).toEqual([
      { name: "add_skill", args: { skill: "power bi" } },
      { name: "add_skill", args: { skill: "metabase" } },
    ]);
    // With a job in focus the requirement is argued (requirement_disputed): still no hedge saved.
    const focused = await plan(text, { hasProfile: true, jobTitle: "Data Analyst", jobId: "j1" });
    expect(JSON.stringify(focused.calls)).not.toMatch(/similar/i);
  });
  it("certificates listed in Spanish are each one certificate, whole", async () => {
    const out = await plan("tengo también los certificados de BLS y de Triaje Avanzado, y hablo inglés B2");
    expect(out.calls).toEqual([
      { name: "add_profile_entry", args: { kind: "certification", text: "BLS" } },
      { name: "add_profile_entry", args: { kind: "certification", text: "Triaje Avanzado" } },
      { name: "add_skill", args: { skill: "English", spokenLevel: "B2" } },
    ]);
  });
});
