/**
 * Corrections of the application just logged, as people type them with an aside after the name
 * ("…, got them mixed up"), a role corrected by the part that was wrong ("it was forklift
 * operator, not warehouse"), and a role change asked for in so many words ("change the title on
 * my Acme application to 'Data Engineer, Platform'") — conv12o, classes from blind5's misses.
 * Before: a status change of a company not tracked, a question back, or a new application whose
 * role was the request's own words. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: {
    company: "Maersk",
    position: "Warehouse Associate",
    status: "applied",
    id: "app-7",
    appliedOn: "2026-12-01",
  },
};
const plan = plannerWith({ focus: JUST_LOGGED, tracked: ["Maersk", "Ikea"] });
const change = (args: Record<string, string>) => [
  { name: "change_application", args: { application: "app-7", ...args } },
];

describe("a company corrected with an aside after it", () => {
  it.each([
    ["correction — it was DSV, not Maersk, got them confused haha", "DSV"],
    ["wait that one was Kuehne Nagel not Maersk, I keep mixing them up", "Kuehne Nagel"],
    ["oops it wasn't Maersk, it was DSV, brain fart", "DSV"],
    ["no it was DSV not Maersk - typo on my side", "DSV"],
  ])("'%s' changes the company to %s", async (text, company) => {
    expect((await plan(text)).calls).toEqual(change({ company }));
  });
});

describe("a role corrected by the part that was wrong", () => {
  it.each([
    ["oh hold on it was forklift operator, not warehouse", "forklift operator"],
    ["wait no, it's shift supervisor not associate", "shift supervisor"],
  ])("'%s' changes the role to %s", async (text, position) => {
    expect((await plan(text)).calls).toEqual(change({ position }));
  });

  it("'it was X, not Y' where Y is no part of the role logged changes nothing", async () => {
    const calls = (await plan("it was raining, not snowing")).calls;
    expect(calls.filter((c) => c.name === "change_application")).toEqual([]);
  });
});

describe("a role change asked for in so many words", () => {
  it.each([
    [
      "on the Maersk one, can you change the role to 'Inventory Clerk, Night Shift'",
      "Inventory Clerk, Night Shift",
    ],
    [
      "can you update the job title on my maersk application to Logistics Coordinator",
      "Logistics Coordinator",
    ],
    ["please rename the maersk role to dock supervisor, i typed it wrong", "dock supervisor"],
    ["change the position to stock controller, that's what the ad said", "stock controller"],
    ["cambia el puesto de Maersk a jefe de almacén", "jefe de almacén"],
  ])("'%s' changes the role to %s", async (text, position) => {
    expect((await plan(text)).calls).toEqual(change({ position }));
  });

  it("a tracked application other than the one in focus is the one changed", async () => {
    expect(
      (await plan("for the Ikea application can you change the title to 'Sales Associate, Kitchens'")).calls,
    ).toEqual([
      { name: "change_application", args: { application: "Ikea", position: "Sales Associate, Kitchens" } },
    ]);
  });

  it("the target's role is not an application's", async () => {
    const calls = (await plan("change my target role to data analyst")).calls;
    expect(calls.filter((c) => c.name === "change_application")).toEqual([]);
  });
});
