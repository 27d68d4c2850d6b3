/**
 * Found trying the chat as a designer: "could I get a job as a designer?" ran the fit check
 * with no role ("Which job should I compare you to?"), losing the role it named; so did "do I
 * have what it takes to be a sales manager". The role after the lead-in is set first; words
 * after "be" that name no role ("promoted") leave the check as it was.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const focus: Focus = { hasProfile: true };
const plan = plannerWith({ focus });

it.each([
  ["could i get a job as a data analyst", "data analyst"],
  ["do I have what it takes to be a sales manager", "sales manager"],
  ["could I get a job as a designer", "designer"],
])("%s sets %s, then checks the fit", async (text, role) => {
  expect((await plan(text)).calls).toEqual([
    { name: "set_dream_job", args: { text: role } },
    { name: "analyze_fit", args: {} },
  ]);
});

it("a fit question naming no role is left as it was", async () => {
  expect((await plan("am I ready to be promoted?")).calls).toEqual([{ name: "analyze_fit", args: {} }]);
});
