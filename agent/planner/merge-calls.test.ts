/** The plan's merging of repeated calls, in its own module (moved out of understand.ts). */
import { expect, it } from "vitest";
import type { PlannedCall } from "../tools/schemas.ts";
import { mergeIntoPlanned } from "./merge-calls.ts";

it("two pieces about the same application are one, the later status winning", () => {
  const planned: PlannedCall[] = [
    { name: "add_application", args: { company: "Acme", position: "Analyst", status: "saved" } },
  ];
  expect(
    mergeIntoPlanned(planned, { name: "add_application", args: { company: "acme", position: "analyst" } }),
  ).toBe(true);
  expect(planned).toEqual([{ name: "add_application", args: { company: "acme", position: "analyst" } }]);
});

it("another application or a tool asked once is not merged", () => {
  const planned: PlannedCall[] = [
    { name: "add_application", args: { company: "Acme", position: "Analyst" } },
  ];
  expect(
    mergeIntoPlanned(planned, { name: "add_application", args: { company: "Beta", position: "Analyst" } }),
  ).toBe(false);
  expect(mergeIntoPlanned(planned, { name: "add_skill", args: { name: "SQL" } })).toBe(false);
  expect(mergeIntoPlanned(planned, { name: "analyze_fit", args: {} })).toBe(false);
});

it("a tool a plan runs once merges its arguments", () => {
  const planned: PlannedCall[] = [{ name: "create_roadmap", args: { weeks: 8 } }];
  expect(mergeIntoPlanned(planned, { name: "create_roadmap", args: { hoursPerWeek: 5 } })).toBe(true);
  expect(planned).toEqual([{ name: "create_roadmap", args: { weeks: 8, hoursPerWeek: 5 } }]);
});
