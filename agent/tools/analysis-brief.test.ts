/**
 * Found trying the product as a teacher: the fit reply read "Strengths: E-learning,
 * Experience: 7.3 relevant year(s) against 5+ years typical for the role. and Education:
 * Required: master; you have master — level met." A strength that is a score, not a skill,
 * is named in a few words in the brief the reply (or a hosted model) lists.
 */
import { expect, it } from "vitest";
import { gapDeps, job, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../../tools/gap/analyze.ts";
import { toolReply } from "../planner/replies-tools.ts";
import { analysisBrief } from "./analysis-parts.ts";

it("names score strengths in a few words, so the list reads as one sentence", () => {
  const analysis = analyze(profile(), job(), gapDeps());
  analysis.strengths = [
    { skill: "E-learning", text: "E-learning meets E-learning.", evidence: [] },
    { text: "Experience: 7.3 relevant year(s) against 5+ years typical for the role.", evidence: [] },
    { text: "Education: Required: master; you have master — level met.", evidence: [] },
  ];
  const brief = analysisBrief(analysis, "a1");
  expect(brief.strengths).toEqual(["E-learning", "your experience", "your education"]);
  const reply = toolReply("analyze_fit", brief, {}, "s");
  expect(reply).toContain("Strengths: E-learning, your experience and your education.");
  expect(reply).not.toMatch(/\. and /);
});
