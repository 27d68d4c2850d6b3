/**
 * Slots read from how people talk, found by trying the chat as a new user:
 * "I'm a nurse…" stored a skill named "M" (the contraction split in two), "I don't know
 * Rust but I know Go" added Rust, and "I applied to Mayo Clinic for charge nurse
 * yesterday" tracked "charge nurse yesterday" at "Mayo", applied today.
 */
import { describe, expect, it } from "vitest";
import { planContext } from "../../test-support/planner-turn.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { normalize } from "./normalize.ts";
import { understand } from "./understand.ts";

const context = planContext({});
const plan = (text: string) => understand(text, context);

const skillsAdded = async (text: string) =>
  (await plan(text)).calls
    .filter((c) => c.name === "add_skill")
    .map((c) => (c.args as { skill: string }).skill);

describe("skills said in a sentence", () => {
  it("a contraction is not a skill", async () => {
    const skills = await skillsAdded("I'm a nurse, I know patient care and IV therapy");
    expect(skills.map((s) => s.toLowerCase())).not.toContain("m");
    expect(skills).toContain("IV therapy");
  });

  // The slot reader of "add a skill" (whichever way the intent model reads the sentence).
  it.each([
    ["I don't know Rust but I know Go", ["Go"]],
    ["I know Python, not Java", ["Python"]],
    ["I've never used Docker, but I'm good at Excel", ["Excel"]],
  ])("a denied skill is not added: %s", (text, expected) => {
    const outcome = INTENT_PLANS.add_skill({ raw: text, t: normalize(text) }, context);
    expect(outcome.calls.map((c) => (c.args as { skill: string }).skill)).toEqual(expected);
  });

  it("a mixed sentence read as a whole still adds only the claimed skill", async () => {
    expect(await skillsAdded("I've never used Docker, but I'm good at Excel")).toEqual(["Excel"]);
  });
});

describe("an application said in one sentence", () => {
  const added = async (text: string) => {
    const call = (await plan(text)).calls.find((c) => c.name === "add_application");
    return call?.args as { company: string; position: string; appliedOn?: string } | undefined;
  };

  it("keeps the whole company name, the title without the date, and the date", async () => {
    expect(await added("I applied to Mayo Clinic for charge nurse yesterday")).toEqual({
      company: "Mayo Clinic",
      position: "charge nurse",
      appliedOn: "yesterday",
    });
  });

  it("a date said at the end of a casual sentence", async () => {
    const args = await added("I applied at Goldman Sachs for analyst intern on monday");
    expect(args).toMatchObject({
      company: "Goldman Sachs",
      position: "analyst intern",
      appliedOn: "on monday",
    });
  });
});

describe("fields outside software", () => {
  it.each(["I want to be an account executive", "I want to become an accountant"])(
    "a job title with 'account' in it is a target job, never a deletion: %s",
    async (text) => {
      const names = (await plan(text)).calls.map((c) => c.name);
      expect(names).toContain("set_dream_job");
      expect(names).not.toContain("delete_data");
    },
  );

  it("a nurse's skills are skills", async () => {
    expect(await skillsAdded("I know patient care, IV therapy and EHR charting")).toEqual([
      "patient care",
      "IV therapy",
      "EHR charting",
    ]);
  });
});
