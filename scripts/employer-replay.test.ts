import { describe, expect, it } from "vitest";
import type { CandidateContext } from "../tools/resume/fields/employer-candidates.ts";
import type { EmployerScorer } from "../tools/resume/fields/employer-scorer.ts";
import { subsetSpread } from "./employer-replay.ts";
import type { Read } from "./employer-scorer-reads.ts";

// Invented resumes: a job whose employer line reaches the scorer as a candidate.
const resume = (employer: string): Read => {
  const text = ["Experience", "Line Cook", employer, "May 2018 - June 2021", "Prepared sauces"].join("\n");
  const entry = { title: "Line Cook", bullets: [], skills: [], confidence: 0.8 };
  const ctx: CandidateContext = {
    text,
    sections: [
      { kind: "experience", heading: "Experience", startLine: 0, endLine: 5, start: 0, end: text.length },
    ],
    spans: [],
    jobs: [{ entry, start: text.indexOf("Line Cook"), end: text.length }],
    experience: [entry],
  };
  return {
    id: employer,
    fold: 0,
    path: "txt",
    companies: [],
    examples: [],
    listed: [],
    gold: [employer],
    ctx,
  };
};
const reads = ["Harbour Bistro", "Maple Street Diner", "Copper Pot Kitchen", "Blue Door Cafe"].map(resume);
/** A scorer that takes every candidate, and one that takes none (the parser alone). */
const acceptAll: EmployerScorer = { accept: (cs) => cs, reject: () => [] };

describe("the spread of a scorer difference on samples the size of the frozen split", () => {
  it("is zero between a scorer and itself", () => {
    const s = subsetSpread(reads, [acceptAll], [acceptAll], 2, 50);
    expect(s).toEqual({ mean: 0, sd: 0, low: 0, high: 0 });
  });

  it("is the gain of a scorer that finds every employer the parser alone misses", () => {
    const s = subsetSpread(reads, [null], [acceptAll], 2, 50);
    expect(s.mean).toBeCloseTo(1, 6);
    expect(s.sd).toBeCloseTo(0, 6);
  });

  it("draws the same samples on every run", () => {
    const mixed = [resume("Harbour Bistro"), { ...resume("Quay Grill"), gold: ["Elsewhere Ltd"] }];
    expect(subsetSpread(mixed, [null], [acceptAll], 1, 40)).toEqual(
      subsetSpread(mixed, [null], [acceptAll], 1, 40),
    );
  });
});
