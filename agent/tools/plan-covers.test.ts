/**
 * Issue 12 (chat16u), trial16 §8: a plan whose first six weeks were the role's duties was
 * announced as "covering Microsoft PowerPoint" (the one skill gap in its last week). The reply
 * names what the weeks hold, in order; a degree that takes years is said apart. Items written
 * for this test.
 */
import { expect, it } from "vitest";
import type { RoadmapItem, RoadmapWeek } from "../../tools/roadmap/types.ts";
import { planCovers } from "./plan-covers.ts";

const item = (id: string, skill: string, kind: RoadmapItem["kind"], duration?: string): RoadmapItem => ({
  id,
  skillId: id,
  skill,
  kind,
  critical: kind !== "gap",
  targetLevel: "beginner",
  hours: 4,
  after: [],
  resources: [],
  practice: "",
  checkpoint: "",
  done: false,
  ...(duration ? { duration } : {}),
});
const week = (n: number, ...parts: [string, string][]): RoadmapWeek => ({
  week: n,
  hours: 4,
  goals: [],
  parts: parts.map(([itemId, skill]) => ({ itemId, skill, hours: 4, finishes: true })),
  resources: [],
  practiceTask: "",
  checkpoint: "",
  done: false,
});

it("names the duties the weeks hold before the skill gap of the last week", () => {
  const items = [
    item("d1", "Check incoming deliveries", "credential"),
    item("d2", "Plan outbound loads", "credential"),
    item("g1", "Spreadsheets", "gap"),
  ];
  const weeks = [
    week(1, ["d1", "Check incoming deliveries"]),
    week(2, ["d2", "Plan outbound loads"]),
    week(3, ["g1", "Spreadsheets"]),
  ];
  expect(planCovers({ items, weeks })).toEqual([
    "Check incoming deliveries",
    "Plan outbound loads",
    "Spreadsheets",
  ]);
});

it("leaves a degree that takes years to the long-term line", () => {
  const items = [
    item("deg", "Bachelor's degree", "credential", "about 4 years full time"),
    item("g1", "Wireframing", "gap"),
  ];
  const weeks = [week(1, ["deg", "Bachelor's degree"]), week(2, ["g1", "Wireframing"])];
  expect(planCovers({ items, weeks })).toEqual(["Wireframing"]);
});
