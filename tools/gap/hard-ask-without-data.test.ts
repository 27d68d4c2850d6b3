import { describe, expect, it } from "vitest";
import { computeConfidence, decideVerdict } from "./readiness.ts";

// An ad whose only real ask is a spoken language ("a good telephone voice is all you need, and
// you will speak Swedish"): the language is known to be missing even when nothing else in the
// ad could be scored against the profile.
const hard = [{ label: "Swedish", reason: "the ad requires Swedish and your profile does not show it" }];

describe("a hard ask when nothing else could be scored", () => {
  it("names the missing must-have instead of 'not enough data'", () => {
    const v = decideVerdict({
      readiness: null,
      probability: 0.5,
      unmet: [],
      hardUnmet: hard,
      missingMustHaves: [],
      enoughData: false,
    });
    expect(v.verdict).toBe("UNFIT");
    // Was: "UNFIT: not enough data to call this a fit — nothing in the ad could be scored ..."
    expect(v.reason).toMatch(/requires Swedish/);
  });

  it("states the rule's confidence, not the no-data guess", () => {
    const c = computeConfidence({
      details: {},
      results: [],
      profileParse: 0.6,
      jobParse: 0.6,
      probability: 0.5,
      decidedByRule: true,
      ruleProbability: 0.1,
      enoughData: false,
    });
    // Was 0.55 (NO_DATA_CONFIDENCE) whatever the rule's fitted chance of being right.
    expect(c.value).toBeGreaterThan(0.7);
  });
});
