/**
 * Trial (issue 12): "Tracked: instructional designer at Coursera" kept the title as typed in
 * lower case on every card and list. A title typed all in lower case is stored and shown in
 * title case; one typed with capitals is kept as the person wrote it.
 */
import { expect, it } from "vitest";
import { applicationChangesSchema, newApplicationSchema, parseInput } from "./input.ts";

const position = (p: string) =>
  parseInput(newApplicationSchema, { company: "Coursera", position: p }).position;

it.each([
  ["instructional designer", "Instructional Designer"],
  ["head of learning and development", "Head of Learning and Development"],
  ["senior qa engineer ii", "Senior QA Engineer II"],
  ["devops engineer", "DevOps Engineer"],
])("%s is shown as %s", (typed, shown) => {
  expect(position(typed)).toBe(shown);
});

it.each(["iOS Developer", "Instructional designer", "eLearning Developer"])(
  "%s keeps the capitals typed",
  (typed) => {
    expect(position(typed)).toBe(typed);
  },
);

it("a changed title is written the same way", () => {
  expect(parseInput(applicationChangesSchema, { position: "data analyst" }).position).toBe("Data Analyst");
});
