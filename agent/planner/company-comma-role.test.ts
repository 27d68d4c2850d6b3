/**
 * Found by another engineer: "new app: deliveroo, data analyst" and "track: revolut, product
 * manager" asked which company (only a capitalised name was read), and "add an application for
 * Barclays, graduate analyst" saved the position as "Barclays". Company then role after a short
 * label or "application for" is read in any casing.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({ focus: { hasProfile: true } });

it.each([
  ["new app: deliveroo, data analyst", "deliveroo", "data analyst"],
  ["New app: Deliveroo, data analyst", "Deliveroo", "data analyst"],
  ["track: revolut, product manager", "revolut", "product manager"],
  ["add an application for Barclays, graduate analyst", "Barclays", "graduate analyst"],
  ["add an application for barclays, graduate analyst", "barclays", "graduate analyst"],
])("%s logs company and role", async (text, company, position) => {
  const [call] = (await plan(text)).calls;
  expect(call).toMatchObject({ name: "add_application", args: { company, position } });
});

it("a label before a whole sentence is not a company", async () => {
  const [call] = (await plan("note: i applied to stripe today, backend engineer")).calls;
  expect(String(call?.args?.company ?? "")).not.toMatch(/applied/);
});

it("a day said after the role is when, not part of it", async () => {
  const [call] = (await plan("new app: deliveroo, data analyst yesterday")).calls;
  expect(call).toMatchObject({
    args: { company: "deliveroo", position: "data analyst", appliedOn: "yesterday" },
  });
});
