/**
 * conv12p (blind6 classes, messages written for this test): applications listed with the role in
 * brackets after each company, "applied <company> <role>" with chat words after it, a company
 * corrected by a part of its name or by saying the name was wrong, and a skill's level said as
 * "intermediate" (read as the Indian school certificate of that name). Planned by the real
 * planner on the committed intent model.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });
const fresh: Focus = { hasProfile: true };

describe("applications with the role in brackets", () => {
  it("one company, a texting '@' and a day", async () => {
    expect((await plan("applied @ acme plumbing (service tech) on tuesday", fresh)).calls).toEqual([
      {
        name: "add_application",
        args: { company: "acme plumbing", position: "service tech", appliedOn: "on tuesday" },
      },
    ]);
  });
  it("several, each with its own role, the day said once", async () => {
    const calls = (
      await plan("2 apps in today: Kroger (deli clerk) and the county library (page). track em", fresh)
    ).calls;
    expect(calls.map((c) => [c.args.company, c.args.position, c.args.appliedOn])).toEqual([
      ["Kroger", "deli clerk", "today"],
      ["county library", "page", "today"],
    ]);
  });
  it("a bracket that says when is no role", async () => {
    const calls = (await plan("applied to Acme (yesterday) for welder", fresh)).calls;
    expect(calls).toEqual([
      { name: "add_application", args: { company: "Acme", position: "welder", appliedOn: "yesterday" } },
    ]);
  });
});

describe("company then role with chat words after it", () => {
  it("'again lol' and 'fyi' are not part of the title", async () => {
    for (const text of ["applied costco stocker again lol. yesterday", "applied kroger deli clerk fyi"]) {
      const [c] = (await plan(text, fresh)).calls;
      expect(c?.name).toBe("add_application");
      expect(String(c?.args.position)).toMatch(/^(?:stocker|deli clerk)$/);
    }
  });
});

describe("a company corrected right after it was logged", () => {
  const logged = (company: string): Focus => ({
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    applications: [company],
    application: { company, position: "Unit Clerk", status: "applied" },
  });
  it("the wrong name said by its first word", async () => {
    expect(
      (await plan("wait no it was Banner Health not Mercy", logged("Mercy General Hospital"))).calls,
    ).toEqual([
      {
        name: "change_application",
        args: { application: "Mercy General Hospital", company: "Banner Health" },
      },
    ]);
  });
  it("a name set against the logged company is a company, not a role", async () => {
    expect(
      (await plan("oops it was St Luke's, not Mercy General", logged("Mercy General Hospital"))).calls,
    ).toEqual([
      { name: "change_application", args: { application: "Mercy General Hospital", company: "St Luke's" } },
    ]);
  });
  it("'the company name is wrong, it's …' with a longer name", async () => {
    expect(
      (await plan("company name is wrong, it's Acme Atlas Inc", logged("Acme"), ["Acme"])).calls,
    ).toEqual([{ name: "change_application", args: { application: "Acme", company: "Acme Atlas Inc" } }]);
  });
});

describe("'intermediate' beside a skill is its level", () => {
  it.each([
    ["add SketchUp, intermediate", "add_skill"],
    ["mere profile mein AutoCAD daal do, intermediate level", "add_skill"],
  ])("'%s' adds a skill, not an education entry", async (text, tool) => {
    expect((await plan(text, fresh)).calls.map((c) => c.name)).toEqual([tool]);
  });
  it("'I did my intermediate from …' is still the school certificate", async () => {
    expect((await plan("I did my intermediate from Patna board in 2012", fresh)).calls[0]?.args.kind).toBe(
      "education",
    );
  });
});
