/**
 * "and Dentsply too, last week" right after logging a territory sales rep application was
 * logged as the role "Last Week" (a new user's trial, 2026-12-06e): the day after "too" hid the
 * "too" that says "the role just logged", and the piece after the comma was taken for the role.
 * A day is when, never a role.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const justAdded: Focus = {
  hasProfile: true,
  lastIntent: "add_application",
  topic: "application",
  application: { company: "Orbis Medical", position: "Field Sales Rep", status: "applied" },
  applications: ["Orbis Medical"],
};
const plan = plannerWith();

describe("another application 'too', with the day it was sent", () => {
  it.each([
    ["and Kestrel Dental too, last week", "Kestrel Dental", "last week"],
    ["and Kestrel Dental as well, yesterday", "Kestrel Dental", "yesterday"],
    ["plus Kestrel Dental too, 3 days ago", "Kestrel Dental", "3 days ago"],
  ])("'%s' logs %s for the role just logged, sent %s", async (text, company, day) => {
    expect((await plan(text, justAdded)).calls).toEqual([
      { name: "add_application", args: { company, position: "Field Sales Rep", appliedOn: day } },
    ]);
  });

  it("never takes a day after the comma for the role when no role was logged before", async () => {
    const calls = (await plan("I applied to Kestrel Dental, last week", { hasProfile: true })).calls;
    expect(calls?.[0]?.args.position).not.toMatch(/week/i);
  });
});
