/**
 * Issue 13, "the core of the role is missing": the verdict input coreAsksShown is the share of
 * the ad's first kinds of work asked (in the ad's order) that the resume shows anything for. Any
 * evidence counts, so a loosely read ask is not taken for a missing core; asks past the first
 * few, years, languages and nice-to-haves are not the core.
 */
import { describe, expect, it } from "vitest";
import type { RequirementEvidence } from "./evidence.ts";
import { type FeatureInput, verdictFeatures } from "./verdict-model.ts";

const ask = (
  similarity: number,
  type: "duty" | "years" | "language" = "duty",
  kind: "required" | "preferred" = "required",
): RequirementEvidence =>
  ({
    requirement: { type, text: `ask at ${similarity}`, kind, hard: false },
    similarity,
    met: similarity >= 0.6,
  }) as RequirementEvidence;

const input = (evidence: RequirementEvidence[]): FeatureInput => ({
  scores: { skills: 50, experience: 50, education: 100, domain: 50 },
  educationAsked: true,
  evidence,
  titleSimilarity: 0.5,
  criticalUnmet: 0,
  hardUnmet: 0,
  mustHaveMissing: 0,
  educationShort: 0,
  heldYears: 3,
  readiness: 50,
});

describe("coreAsksShown", () => {
  it("is the share of the first five duty asks with any evidence", () => {
    const evidence = [
      ask(0.9),
      ask(0.1, "years"),
      ask(0.35),
      ask(0.2),
      ask(0.1, "duty", "preferred"),
      ask(0.25),
      ask(0.7),
      // The sixth duty ask is past the core.
      ask(0.1),
    ];
    expect(verdictFeatures(input(evidence)).coreAsksShown).toBeCloseTo(3 / 5, 5);
  });

  it("says neither yes nor no when the ad asks no kind of work", () => {
    expect(verdictFeatures(input([ask(0.9, "language")])).coreAsksShown).toBe(0.5);
  });
});
