/**
 * Issue 12 (chat12s): studies under way are an education entry in progress, with field, level
 * and expected end — not nothing, and not a degree held. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { studiesInProgress } from "./studies-in-progress.ts";

const autumn = new Date(Date.UTC(2026, 10, 15)); // November 2026: this academic year ends 2027

describe("studies in progress said in chat", () => {
  it.each([
    ["im a sophomore studying biology", { field: "Biology", level: "bachelor", end: "2029" }],
    [
      "junior biology major at Ohio State",
      { field: "Biology", level: "bachelor", end: "2028", institution: "Ohio State" },
    ],
    ["I'm in my final year of a BSc in nursing", { field: "Nursing", level: "bachelor", end: "2027" }],
    ["doing a part-time MBA, graduating 2027", { level: "master", end: "2027" }],
    [
      "currently pursuing a master's in data science, expected May 2028",
      { field: "Data Science", level: "master", end: "2028" },
    ],
    ["2nd year nursing student", { field: "Nursing", end: "2029" }],
  ])("%s", (said, expected) => {
    const read = studiesInProgress(said, autumn);
    expect(read).toMatchObject({ ...expected, inProgress: true });
  });

  it.each([
    "I have a BSc in nursing",
    "I want to do an MBA",
    "I'm a junior developer at a bank",
    "senior accountant, 8 years",
    "I'm studying for my CPA exam",
  ])("%s is no studies in progress", (said) => {
    expect(studiesInProgress(said, autumn)).toBeUndefined();
  });
});
