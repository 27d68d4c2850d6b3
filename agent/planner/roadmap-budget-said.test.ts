/**
 * conv12q (a blind7 class; messages written for this test): over a roadmap already made, a new
 * time budget ("a 10 week version", "4 hrs a week is all I have now") was asked back or ticked a
 * week off; it is the roadmap made again with that budget. Progress and reminders stay theirs.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const roadmap: Focus = {
  hasProfile: true,
  topic: "roadmap",
  jobId: "j1",
  analysisId: "a1",
  roadmapId: "r1",
  lastIntent: "create_roadmap",
};
const plan = plannerWith({ focus: roadmap, tracked: [] });

describe("a new budget over the roadmap", () => {
  it.each([
    ["any chance of a 16 wk version", { weeks: 16 }],
    ["do a 9 week one instead", { weeks: 9 }],
    ["how about a 14 week variant", { weeks: 14 }],
    ["got a second job so 5 hours per week max from now on", { hoursPerWeek: 5 }],
    ["i can only manage 3 hrs weekly now bc of my night shifts", { hoursPerWeek: 3 }],
  ])("'%s' makes it again", async (text, args) => {
    expect((await plan(text)).calls).toEqual([{ name: "create_roadmap", args }]);
  });
  it.each([
    ["finished week 2", "record_progress"],
    ["what's in week 3?", "show_roadmap"],
  ])("'%s' is not a budget", async (text, tool) => {
    expect((await plan(text)).calls.map((c) => c.name)).toEqual([tool]);
  });
});
