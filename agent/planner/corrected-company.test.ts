/**
 * A company corrected right after an application was logged (issue 12, lead21): the one logged
 * is taken out and the same application logged under the name said; news, days, lists and
 * companies already tracked are not corrections of it. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

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
const plan = (text: string) =>
  understand(text, {
    focus: JUST_LOGGED,
    attachments: [],
    available: new Set(TOOL_NAMES),
    tracked: ["Nordstrom", "Stripe"],
  });
const relogged = (company: string, position = "Visual Merchandiser") => [
  { name: "delete_application", args: { application: "app-1" } },
  { name: "add_application", args: { company, position, appliedOn: "2026-12-01" } },
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
  ])("'%s' logs it again under %s", async (text, company) => {
    expect((await plan(text)).calls).toEqual(relogged(company));
  });

  it("a role's title corrects the role at the same company", async () => {
    expect((await plan("no, it was product designer")).calls).toEqual(
      relogged("Nordstrom", "product designer"),
    );
  });

  it.each([
    ["no wait, Stripe rejected me"],
    ["no, it was 2 days ago"],
    ["no, thanks"],
    ["sorry, I meant Stripe"],
  ])("'%s' is not a correction of the company", async (text) => {
    expect((await plan(text)).calls.map((c) => c.name)).not.toContain("delete_application");
  });
});
