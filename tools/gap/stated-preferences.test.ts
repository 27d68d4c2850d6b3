/**
 * The one reader of stated preferences (chat and reanalysis share it). The reanalysis used
 * to have its own reader that missed a bare "85k" and a move to a named city.
 */
import { expect, it } from "vitest";
import { preferencesIn } from "./stated-preferences.ts";

it("reads a bare amount said as an expectation", () => {
  expect(preferencesIn("I want 85k")).toMatchObject({ salaryMin: 85_000 });
});

it("reads a move to a named city as relocation and the place", () => {
  expect(preferencesIn("I'd move to Berlin")).toEqual({ relocate: true, desiredLocation: "Berlin" });
});

it("keeps values in the order they were said", () => {
  expect(preferencesIn("I care about work-life balance and autonomy").values).toEqual([
    "work-life balance",
    "autonomy",
  ]);
});

it("states nothing for a skill", () => {
  expect(preferencesIn("I also have 3 years of Spark and Airflow")).toEqual({});
});
