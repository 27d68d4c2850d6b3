/**
 * The one reader of stated preferences (chat and reanalysis share it). The reanalysis used
 * to have its own reader that missed a bare "85k" and a move to a named city.
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "./stated-preferences.ts";

it("reads a bare amount said as an expectation", () => {
  expect(preferencesIn("I want 85k")).toMatchObject({ salaryMin: 85_000 });
});

it("reads a move to a named city as relocation and the place", () => {
  expect(preferencesIn("I'd move to Berlin")).toEqual({
    relocate: true,
    desiredLocation: "Berlin",
    relocateTo: ["Berlin"],
  });
});

// Trial (issue 12): "I live in Leeds, happy with hybrid, and could relocate to Manchester"
// kept Leeds and lost Manchester (one location field). Home and move places are kept apart.
it.each([
  ["I live in Leeds, happy with hybrid, and could relocate to Manchester", "Leeds", ["Manchester"]],
  ["based in Austin, Texas but would move to Denver or Seattle", "Austin, Texas", ["Denver", "Seattle"]],
])("keeps where they are and where they would move: %s", (said, home, moveTo) => {
  expect(preferencesIn(said)).toMatchObject({ desiredLocation: home, relocateTo: moveTo, relocate: true });
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

it.each(["around $120k", "about 120k", "~120k", "120k-ish"])(
  "reads '%s' as a pay target, not a minimum",
  (said) => {
    const p = preferencesIn(`I'm hoping for ${said}`);
    expect(p).toMatchObject({ salaryTarget: 120_000, salaryPeriod: "year" });
    expect(p.salaryMin).toBeUndefined();
  },
);

it("keeps a loose amount said as a floor a minimum", () => {
  expect(preferencesIn("about 90k minimum")).toMatchObject({ salaryMin: 90_000 });
});

// Found trying Teams as a teacher: "remote or Columbus" saved only "remote", the city was lost.
it.each([
  ["I'd want at least 65000 USD a year, and remote or Columbus", "Columbus"],
  ["hybrid or Salt Lake City is fine", "Salt Lake City"],
])("keeps the place offered beside a work mode: %s", (said, place) => {
  expect(preferencesIn(said)).toMatchObject({ desiredLocation: place });
});

// conv12q (blind7 classes; messages written for this test): every place of a move said "anywhere
// in A or B" is kept (the second was lost), and values people name in their own words are stored
// (a message of only such values was asked what to keep in mind).
describe("moves and values said in people's words", () => {
  it("'happy to move anywhere in Oregon or Idaho' keeps both places", () => {
    expect(preferencesIn("happy to move anywhere in Oregon or Idaho")).toMatchObject({
      relocate: true,
      relocateTo: ["Oregon", "Idaho"],
    });
  });
  it("mentoring, well-being and a culture refused are values", () => {
    expect(
      preferencesIn("my wellbeing comes first, no hustle culture, and a manager who mentors me").values,
    ).toEqual(["wellbeing", "no hustle culture", "mentors"]);
  });
});
