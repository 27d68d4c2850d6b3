/**
 * Plain questions about where the person stands are answered from their facts (advice topics),
 * and a recap of one named thing stays that thing's request. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { plainQuestion } from "./plain-questions.ts";

const F: Focus = { hasProfile: true };

describe("plainQuestion", () => {
  it.each([
    ["am I too old for this at 57?", "age"],
    ["is it too late for me to switch at my age", "age"],
    // "I want to …" with no work named stays the age question.
    ["I want to know honestly, am I too old for this?", "age"],
    ["could I still get hired after 8 years at home?", "time_out"],
    ["how many years of experience did you count?", "experience_counted"],
    ["why does it say 0 years when I worked 10", "experience_counted"],
    ["ok where was I", "recap"],
    ["can you catch me up", "recap"],
  ])("'%s' -> %s", (text, topic) => {
    expect(plainQuestion(text, F)?.say).toEqual({ kind: "advice", detail: topic });
  });
  it.each([
    "where am I at with the interviews",
    "give me a recap of my skills",
    "how many years of experience does a paralegal need",
    "I took a break to care for my dad",
    // A kind of work wanted beside the age is the fit question (fit-asked-in-story.ts).
    "retired postal worker here, I want some library assistant work, is that realistic at my age",
  ])("'%s' is no plain question", (text) => {
    expect(plainQuestion(text, F)).toBeUndefined();
  });
  it("'what did you get from it' right after a resume shows the profile", () => {
    const after: Focus = { ...F, lastCall: { name: "read_resume", args: {} } };
    expect(plainQuestion("what did you get from it", after)?.calls).toEqual([
      { name: "show_profile", args: {} },
    ]);
    expect(plainQuestion("what did you get from it", F)).toBeUndefined();
  });
});
