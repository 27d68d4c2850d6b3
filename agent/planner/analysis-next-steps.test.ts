/**
 * Issue 12: after a target or an analysis people ask for practice questions on the gaps, to see
 * the profile that was read, or for a plan; those requests belong to other families, so the
 * dialogue prior treated them as off the thread and a close call went to a reading of the
 * analysis itself ("give me interview questions" read as explaining the score).
 */
import { expect, it } from "vitest";
import type { Focus } from "../graph/focus.ts";
import { inThread, weighByDialogue } from "./dialogue-prior.ts";

const AFTER_ANALYSIS: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  analysisId: "analysis-1",
  analysed: 1,
  lastIntent: "analyze_fit",
};

it("after an analysis, questions on its gaps, the profile and a plan are in the thread", () => {
  const thread = inThread(AFTER_ANALYSIS);
  for (const next of ["questions_for_gaps", "show_profile", "create_roadmap"])
    expect(thread.has(next)).toBe(true);
});

it("a close call after an analysis goes to practice on its gaps, not a question search", () => {
  const ranked = weighByDialogue(
    [
      { intent: "search_questions", score: 0.4 },
      { intent: "questions_for_gaps", score: 0.35 },
      { intent: "practice_question", score: 0.25 },
    ],
    AFTER_ANALYSIS,
  );
  expect(ranked[0]?.intent).toBe("questions_for_gaps");
});

it("a request that follows an analysis keeps its own family as the thread once made", () => {
  // After a roadmap is made, progress on it is the thread, not the analysis's readings.
  const thread = inThread({
    hasProfile: true,
    topic: "roadmap",
    roadmapId: "r-1",
    lastIntent: "create_roadmap",
  });
  expect(thread.has("record_progress")).toBe(true);
  expect(thread.has("explain_score")).toBe(false);
});
