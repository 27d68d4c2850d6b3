/**
 * conv12q (blind7 classes; messages written for this test): right after an application is logged,
 * "scratch that" with the wrong company named first ("…, it wasn't X, it was Y") deleted the
 * application instead of correcting it, and "the title should say <role>, i typed it wrong" got
 * resume advice. Both change the application in place.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const logged: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Chewy", position: "Data Analyst", id: "app-1", status: "applied" },
};
const plan = plannerWith({ focus: logged, tracked: ["Chewy"] });

describe("a correction after the words that undo", () => {
  it.each([
    "hmm scratch that, it wasn't Chewy, it was Wayfair",
    "oh wait scratch that - it was not Chewy, it was Wayfair",
  ])("'%s' changes the company", async (text) => {
    expect((await plan(text)).calls).toEqual([
      { name: "change_application", args: { application: "app-1", company: "Wayfair" } },
    ]);
  });
  it("'scratch that' alone still takes the application back", async () => {
    expect((await plan("scratch that")).calls).toEqual([
      { name: "delete_application", args: { application: "app-1" } },
    ]);
  });
});

describe("the title said as it should be", () => {
  it.each([
    ["the title should say senior data analyst, i typed it wrong", "senior data analyst"],
    ["the role should be data engineer, typo", "data engineer"],
    ["the position needs to say business analyst, my mistake", "business analyst"],
  ])("'%s' changes the role", async (text, position) => {
    expect((await plan(text)).calls).toEqual([
      { name: "change_application", args: { application: "app-1", position } },
    ]);
  });
});
