/**
 * One verdict rule, consistent with what is shown (issue 13 item 4): a trial gave an accountant
 * "FIT … confidence 90% … the must-haves are met or credibly near; still to close: ACCA,
 * Communication" with both listed as HIGH required gaps. A FIT beside required gaps still open
 * is a call on balance: it says so, names them, and claims no more than such calls were measured
 * to be right.
 */
import { describe, expect, it } from "vitest";
import { computeConfidence, decideVerdict } from "./readiness.ts";
import { OPEN_GAPS_FIT_CONFIDENCE, verdictModel } from "./verdict-model.ts";

const base = {
  readiness: 74,
  probability: 0.9,
  statedFitPercent: 90,
  unmet: [],
  hardUnmet: [],
  missingMustHaves: [],
  enoughData: true,
};

describe("a FIT with required gaps open", () => {
  it("never says the must-haves are met or credibly near, and names the open ones", () => {
    const { verdict, reason } = decideVerdict({
      ...base,
      requiredGaps: ["ACCA", "Communication"],
      unmetAsks: ['"ACCA qualified or finalist"'],
    });
    expect(verdict).toBe("FIT");
    expect(reason).not.toMatch(/met or credibly near|every must-have is met|no must-have is missing/);
    expect(reason).toMatch(
      /^FIT on balance: .*required and not yet shown on your profile: ACCA, Communication/,
    );
  });

  it("claims at most the measured share of such FITs that were right, not 90%", () => {
    const confidence = (openRequiredGaps: number) =>
      computeConfidence({
        details: {},
        results: [],
        profileParse: 1,
        jobParse: 1,
        probability: 0.9,
        decidedByRule: false,
        ruleProbability: 0.1,
        enoughData: true,
        openRequiredGaps,
        openGapsFitConfidence: verdictModel().openGapsFitConfidence,
      }).value;
    const cap = verdictModel().openGapsFitConfidence ?? OPEN_GAPS_FIT_CONFIDENCE;
    expect(cap).toBeLessThan(0.9);
    expect(confidence(2)).toBeLessThanOrEqual(cap);
    expect(confidence(0)).toBeGreaterThan(confidence(2));
  });

  it("with no required gap open it may still say every must-have is met", () => {
    expect(decideVerdict({ ...base, requiredGaps: [] }).reason).toMatch(/every must-have is met/);
  });
});
