/**
 * Found trying the widget as a teacher: "make me a 8 week plan" answered "Here's your
 * plan: 7 weeks at 6 hours a week" with no word on the eighth week she asked for. A plan
 * shorter than the weeks asked says so.
 */
import { expect, it } from "vitest";
import { toolReply } from "./replies-tools.ts";

const plan = (weeks: number, targetWeeks?: number): Record<string, unknown> => ({
  roadmapId: "r1",
  weeks,
  hoursPerWeek: 6,
  fits: true,
  ...(targetWeeks ? { targetWeeks } : {}),
  cut: [],
  overflow: [],
  focusSkills: ["Seesaw"],
  done: 0,
  total: 20,
});

it("says when the plan needs fewer weeks than asked", () => {
  expect(toolReply("create_roadmap", plan(7, 8), {}, "s")).toMatch(/7 of the 8 weeks you gave/);
  expect(toolReply("create_roadmap", plan(8, 8), {}, "s")).not.toMatch(/of the 8 weeks/);
  expect(toolReply("create_roadmap", plan(7), {}, "s")).not.toMatch(/weeks you gave/);
});
