/**
 * A short message whose only object is "it"/"that one" while nothing is open (conv12n, a class of
 * blind3/blind4's misses): asked back which one, never answered about a thing never named.
 * Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const NOTHING_OPEN: Focus = { hasProfile: true, lastIntent: "read_resume" };
const JOB_SET: Focus = {
  hasProfile: true,
  topic: "job",
  jobId: "job-3",
  jobTitle: "Pharmacist",
  lastIntent: "set_dream_job",
};
const QUESTION_OPEN: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-4",
  questionText: "Tell me about a time you disagreed with a manager.",
  lastIntent: "practice_question",
};
const plan = plannerWith();
const askedWhich = (p: Awaited<ReturnType<typeof plan>>) =>
  p.calls.length === 0 && p.says.some((s) => s.kind === "clarify" && s.detail === "referent");

describe("'it' with nothing open to point at", () => {
  it.each([
    "what's the pay on it?",
    "whats the salary for that one",
    "save it for later",
    "push it to thursday",
  ])("'%s' asks which one is meant", async (text) => {
    expect(askedWhich(await plan(text, NOTHING_OPEN))).toBe(true);
  });

  it("with a job set, the salary question is about that job", async () => {
    expect(askedWhich(await plan("what's the pay on it?", JOB_SET))).toBe(false);
  });

  it("with a practice question open, 'save it' bookmarks it", async () => {
    const p = await plan("save it for later", QUESTION_OPEN);
    expect(p.calls.map((c) => c.name)).toEqual(["bookmark_question"]);
  });

  it.each([
    "how much does Figma pay for it",
    "what does it pay for nurses",
    "how much does it pay to be a welder",
  ])("'%s' names what it is about and is read as before", async (text) => {
    expect(askedWhich(await plan(text, NOTHING_OPEN))).toBe(false);
  });
});
