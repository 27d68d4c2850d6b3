/**
 * A company corrected right after an application was logged (issue 12, lead21): the application
 * logged is changed in place to the name said (change_application, conv12n: it was deleted and
 * logged again, losing its history); news, days, lists and companies already tracked are not
 * corrections of it. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: {
    company: "Nordstrom",
    position: "Visual Merchandiser",
    status: "applied",
    id: "app-1",
    appliedOn: "2026-12-01",
  },
};
const plan = plannerWith({ focus: JUST_LOGGED, tracked: ["Nordstrom", "Stripe"] });
const relogged = (company: string) => [
  { name: "change_application", args: { application: "app-1", company } },
];

describe("a company corrected right after logging", () => {
  it.each([
    ["no wait it was Zara not Nordstrom", "Zara"],
    ["sorry, I meant Zara", "Zara"],
    ["oops — Zara, not Nordstrom", "Zara"],
    ["Zara not Nordstrom", "Zara"],
    ["no, Delivery Hero", "Delivery Hero"],
    ["perdón, quise decir Zara", "Zara"],
    ["nein, es war Zalando", "Zalando"],
    ["hold on, it wasn't nordstrom it was Zara, same position", "Zara"],
    ["wait it wasnt Nordstrom, it's H&M. same job", "H&M"],
    ["correction: the company was Uniqlo not nordstrom", "Uniqlo"],
    ["no wait, I applied to Mango not Nordstrom", "Mango"],
    ["actually it was a different company, Primark", "Primark"],
    ["scratch that, the company is Arket", "Arket"],
  ])("'%s' logs it again under %s", async (text, company) => {
    expect((await plan(text)).calls).toEqual(relogged(company));
  });

  it("'it was for the … role' corrects the role to its title", async () => {
    expect((await plan("nope, it was for the store manager role")).calls).toEqual([
      { name: "change_application", args: { application: "app-1", position: "store manager" } },
    ]);
  });

  it("'scratch that' alone still takes the logged application back", async () => {
    expect((await plan("scratch that")).calls).toEqual([
      { name: "delete_application", args: { application: "app-1" } },
    ]);
  });

  it("a role's title corrects the role at the same company", async () => {
    expect((await plan("no, it was product designer")).calls).toEqual([
      { name: "change_application", args: { application: "app-1", position: "product designer" } },
    ]);
  });

  it.each([
    ["no wait, Stripe rejected me"],
    ["no, it was 2 days ago"],
    ["no, thanks"],
    ["sorry, I meant Stripe"],
    ["it wasn't Macy's, it was Zara"],
  ])("'%s' is not a correction of the company", async (text) => {
    const calls = (await plan(text)).calls;
    expect(calls.filter((c) => c.name === "change_application" && c.args.company)).toEqual([]);
  });
});
