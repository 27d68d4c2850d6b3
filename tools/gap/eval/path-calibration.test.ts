/**
 * The verdict fit measures the whole confidence path (verdict16w): a FIT of the learned verdict
 * that the required-asks rule turns into UNFIT (verdict-rule.ts) is the UNFIT the analysis shows,
 * so the out-of-fold numbers read it as such — before, the fitter's predict stopped at the learned
 * verdict and scored such pairs as FIT calls. And the per-path map (path-confidence.ts) is learned
 * from rows: a path right half the time is stated near a coin toss whatever its own number says.
 */
import { describe, expect, it } from "vitest";
import { pathConfidence, verdictPathOf } from "../path-confidence.ts";
import { FEATURE_NAMES, type Features, verdictModel } from "../verdict-model.ts";
import { verdictRule } from "../verdict-rule.ts";
import { fitPathCalibration, type PathRow } from "./path-calibration-fit.ts";
import { type Example, predict, predictPath } from "./verdict-fit.ts";

/** A pair the committed learned verdict calls FIT: everything shown, every input at its best. */
function strongPair(): Example {
  const features = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as Features;
  for (const k of [
    "skills",
    "experience",
    "education",
    "domain",
    "askCoverage",
    "askWeakest",
    "titleSimilarity",
    "wordCoverage",
    "wordWeakest",
    "readiness",
    "qualificationWeakest",
    "focusCoverage",
    "occupationCloseness",
    "coreAsksShown",
    "skillsMetShare",
  ] as const)
    features[k] = 1;
  return { id: "strong", set: "dev", label: "UNFIT", features, completeness: 1 };
}

describe("the fitter's verdict follows the analysis's whole path", () => {
  it("a FIT with few skill requirements met and a required gap open is the required-asks rule's UNFIT", () => {
    const model = verdictModel();
    const pair = strongPair();
    expect(predict(model, pair)).toBeGreaterThanOrEqual(0.5);
    pair.features.skillsMetShare = verdictRule().coverageBelow / 2;
    pair.features.requiredGapsOpen = 1 / 3;
    const row = predictPath(model, pair);
    expect(row.path).toBe("requiredAsks");
    expect(row.verdict).toBe("UNFIT");
    expect(predict(model, pair)).toBeLessThan(0.5);
  });

  it("a FIT beside an open required gap is the near path; a must-have rule's UNFIT the rule path", () => {
    expect(verdictPathOf({ decidedByRule: false, probability: 0.7, requiredGapsOpen: 1 / 3 })).toBe("near");
    expect(verdictPathOf({ decidedByRule: false, probability: 0.7, requiredGapsOpen: 0 })).toBe("model");
    expect(verdictPathOf({ decidedByRule: true, probability: 0.7, requiredGapsOpen: 0 })).toBe("rule");
  });
});

describe("the per-path map states what each path earned out of fold", () => {
  const nearness = { mustHaveNearShare: 0, requiredGapsNearShare: 0 };
  // The near path stated at 0.75 is right half the time; the rule path stated at 0.95 is always right.
  const rows: PathRow[] = Array.from({ length: 40 }, (_, i) =>
    i < 20
      ? {
          id: `n${i}`,
          path: "near",
          confidence: 0.75,
          verdict: "FIT",
          label: i % 2 ? "FIT" : "UNFIT",
          features: nearness,
        }
      : { id: `r${i}`, path: "rule", confidence: 0.95, verdict: "UNFIT", label: "UNFIT", features: nearness },
  );
  const map = fitPathCalibration(rows)!;

  it("lowers a path right half the time toward a coin toss, keeps a path always right sure", () => {
    expect(pathConfidence(map, "near", 0.75, nearness)).toBeLessThan(0.62);
    expect(pathConfidence(map, "rule", 0.95, nearness)).toBeGreaterThan(0.85);
  });

  it("never states a verdict below a coin toss, and never less sure for a surer call on one path", () => {
    for (const c of [0.5, 0.6, 0.75, 0.9])
      expect(pathConfidence(map, "near", c, nearness)).toBeGreaterThanOrEqual(0.5);
    expect(pathConfidence(map, "near", 0.9, nearness)).toBeGreaterThanOrEqual(
      pathConfidence(map, "near", 0.6, nearness),
    );
  });

  it("without a map the path's own number stands", () => {
    expect(pathConfidence(undefined, "near", 0.73, nearness)).toBe(0.73);
  });
});
