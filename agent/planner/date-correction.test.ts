/**
 * The day applied corrected in chat (issue 12, trial finding 25: "oops <company> was actually
 * last friday not yesterday" answered "I could not match …"). Messages written for this test.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: {
    company: "Lumen Labs",
    position: "Analyst",
    status: "applied",
    id: "app-3",
    appliedOn: "2026-12-04",
  },
};
const plan = plannerWith({ focus: JUST_LOGGED, tracked: ["Lumen Labs", "Tacoria"] });

it.each([
  ["oops Tacoria was actually last friday not yesterday", "Tacoria", "last friday"],
  ["no wait, that was on monday", "app-3", "on monday"],
  ["sorry, it was 3 days ago not today", "app-3", "3 days ago"],
  ["no, I sent it yesterday, not today", "app-3", "yesterday"],
])("'%s' corrects the day %s was applied to %s", async (text, application, appliedOn) => {
  expect((await plan(text)).calls).toEqual([
    { name: "change_application", args: { application, appliedOn } },
  ]);
});

it.each([
  ["actually I applied to Figma last friday", "add_application"],
  ["Tacoria rejected me yesterday", "update_application_status"],
])("'%s' is no date correction", async (text, tool) => {
  expect((await plan(text)).calls.map((c) => c.name)).toEqual([tool]);
});
