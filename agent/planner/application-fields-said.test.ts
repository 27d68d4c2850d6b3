/**
 * A tracked application's company and role corrected in chat go to change_application (the
 * applications service's update, as REST's PATCH), and a removal never logs a new application
 * (trial14 §2: the fixes went to the profile's roles, to a fit check, or logged phantoms).
 * Messages and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

/** One application's company was logged with half the sentence glued on. */
const GLUED = "Pennant for the ux designer role. also applied to Orbo";
const TRACKED = ["Dovetail", GLUED, "Orbo"];
const LISTED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "list_applications",
  applications: TRACKED,
};
const plan = plannerWith({ focus: LISTED, tracked: TRACKED });

describe("company and role of a tracked application, corrected", () => {
  it.each([
    [
      "change the company of the second one to Pennant and the role to UX Designer",
      { company: "Pennant", position: "UX Designer" },
    ],
    [
      "the Pennant one: company is Pennant, role is UX Designer",
      { company: "Pennant", position: "UX Designer" },
    ],
    [
      "number 2 is wrong, the company should be just Pennant and role UX Designer",
      { company: "Pennant", position: "UX Designer" },
    ],
    [
      "cambia la empresa de la segunda a Pennant y el puesto a diseñadora UX",
      { company: "Pennant", position: "diseñadora UX" },
    ],
  ])("%s", async (text, fields) => {
    expect((await plan(text)).calls).toEqual([
      { name: "change_application", args: { application: GLUED, ...fields } },
    ]);
  });
});

describe("a removal never logs", () => {
  it("'delete the <role> at <company> one, i didn't apply for that' deletes (was add_application)", async () => {
    const calls = (await plan("delete the UX Designer at Orbo one, i didnt apply for that")).calls;
    expect(calls.map((c) => c.name)).not.toContain("add_application");
    expect(calls).toEqual([{ name: "delete_application", args: { application: "Orbo" } }]);
  });
});
