/**
 * "undo week 2" right after week 1 was ticked off takes back week 2, the week named; "undo that"
 * still takes back the last change (trial 2026-12-06: week 1 was taken back). Own messages.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const TICKED: Focus = {
  hasProfile: true,
  topic: "roadmap",
  jobId: "j-1",
  jobTitle: "Quality Inspector",
  analysisId: "a-1",
  roadmapId: "rm-1",
  lastIntent: "record_progress",
  lastCall: { name: "record_progress", args: { week: 1 } },
  week: 1,
};
const plan = plannerWith({ focus: TICKED });

it.each([
  ["undo week 2, I didn't actually finish it", 2],
  ["undo week 3 pls", 3],
  ["undo that", 1],
])("'%s' takes back week %i", async (text, week) => {
  expect((await plan(text)).calls).toEqual([{ name: "record_progress", args: { week, done: false } }]);
});
