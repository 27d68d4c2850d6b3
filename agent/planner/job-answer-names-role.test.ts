/**
 * Found trying the chat as a product designer: asked "Which job should I compare you to?",
 * the answer "am I a fit for a UX lead role?" was set whole as the role's name ("I could not
 * match 'am I a fit for a UX lead role?' to a known role"). The role the answer names is the
 * job, and the fit is checked; a bare title is still the job as said.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const ASKED_WHICH_JOB: Focus = { hasProfile: true, awaiting: "job" };
const plan = plannerWith({ focus: ASKED_WHICH_JOB });

it.each([
  ["am I a fit for a UX lead role?", "UX lead"],
  ["I want to be a nurse", "nurse"],
  ["data analyst", "data analyst"],
])("%s answers with the role %s and checks the fit", async (text, role) => {
  const p = await plan(text);
  expect(p.calls).toEqual([
    { name: "set_dream_job", args: { text: role } },
    { name: "analyze_fit", args: {} },
  ]);
});
