/**
 * The shipped per-path map (verdict18w): each path's own number is where the map starts, and a
 * prior (the L2 term on weights read in the inputs' own units) holds it there unless the rows show
 * otherwise. verdict17w's unheld maps flattened the hard-rule path (every rule UNFIT at one
 * number: a must-have only listed read as sure as one nowhere) and stated the required-asks rule
 * at 0.99 from 18 pairs all right. Rows are written here; the committed model's map is read too.
 */
import { describe, expect, it } from "vitest";
import { fitLogisticRegression } from "../../ml/logistic-regression.ts";
import { pathConfidence } from "../path-confidence.ts";
import { verdictModel } from "../verdict-model.ts";
import { requiredAsksUnmet, ruleGapsOf } from "../verdict-rule.ts";
import { fitPathCalibration, type PathRow } from "./path-calibration-fit.ts";

const nearness = { mustHaveNearShare: 0, requiredGapsNearShare: 0 };
const row = (id: string, path: PathRow["path"], confidence: number, right: boolean): PathRow => ({
  id,
  path,
  confidence,
  verdict: "UNFIT",
  label: right ? "UNFIT" : "FIT",
  features: nearness,
});

// The rule path states 0.9 or 0.98 and is right 17 in 20 either way (its own order carries
// nothing here); the required-asks rule states 0.826 on 18 pairs, all right; the model path
// states 0.7 and is right 7 in 10.
const rows: PathRow[] = [
  ...Array.from({ length: 40 }, (_, i) => row(`dev-r${i}`, "rule", i % 2 ? 0.9 : 0.98, i % 20 >= 3)),
  ...Array.from({ length: 18 }, (_, i) => row(`more-a${i}`, "requiredAsks", 0.826, true)),
  ...Array.from({ length: 60 }, (_, i) => row(`fit-m${i}`, "model", 0.7, i % 10 < 7)),
];
const anchored = { family: "anchored", weighting: "pair", l2: 32 } as const;

describe("the anchored per-path map", () => {
  it("keeps a surer rule call surer where an unheld map flattens the path", () => {
    const held = fitPathCalibration(rows, anchored);
    const unheld = fitPathCalibration(rows, { family: "perPath", weighting: "pair" });
    const at = (map: typeof held, c: number) => pathConfidence(map, "rule", c, nearness);
    expect(at(held, 0.98) - at(held, 0.9)).toBeGreaterThan(0.02);
    expect(at(unheld, 0.98) - at(unheld, 0.9)).toBeLessThan(at(held, 0.98) - at(held, 0.9));
  });

  it("holds the required-asks rule near its measured rate on 18 pairs all right", () => {
    const held = pathConfidence(fitPathCalibration(rows, anchored), "requiredAsks", 0.826, nearness);
    const unheld = pathConfidence(
      fitPathCalibration(rows, { family: "perPath", weighting: "pair" }),
      "requiredAsks",
      0.826,
      nearness,
    );
    expect(held).toBeGreaterThan(0.8);
    expect(held).toBeLessThan(0.95);
    expect(unheld).toBeGreaterThan(held);
  });

  it("a stronger prior stays nearer the path's own number", () => {
    const moved = (l2: number) =>
      Math.abs(pathConfidence(fitPathCalibration(rows, { ...anchored, l2 }), "model", 0.7, nearness) - 0.7);
    // (Plain gradient descent: an L2 past about four times the rows would not converge.)
    expect(moved(400)).toBeLessThan(0.03);
    expect(moved(400)).toBeLessThan(moved(8));
  });

  it("fits from the offset: half right at a stated log-odds of 2 needs a step of -2", () => {
    const options = { l2: 1, steps: 2000, rate: 0.5, standardize: false } as const;
    const x = [[1], [0], [1], [0]];
    const y = [1, 0, 0, 1];
    const fit = fitLogisticRegression(x, y, { ...options, offset: [2, 2, 2, 2] });
    expect(fit.mean).toEqual([0]);
    expect(fit.scale).toEqual([1]);
    expect(fit.bias).toBeCloseTo(-2, 1);
    expect(fitLogisticRegression(x, y, options).bias).toBeCloseTo(0, 1);
  });

  it("the committed model ships it, and its rule path keeps its order", () => {
    const map = verdictModel().pathCalibration;
    expect(map && map.kind !== "isotonic" && map.anchored).toBe(true);
    expect(pathConfidence(map, "rule", 0.98, nearness)).toBeGreaterThan(
      pathConfidence(map, "rule", 0.9, nearness) + 0.02,
    );
    expect(pathConfidence(map, "requiredAsks", 0.826, nearness)).toBeLessThan(0.95);
  });
});

describe("soft traits in the required-asks rule's gaps", () => {
  const pair = {
    verdict: "FIT" as const,
    skillsMetShare: 0.1,
    requiredGaps: 2,
    softGaps: 2,
    describedRole: false,
  };
  const point = { coverageBelow: 0.175, gapsAtLeast: 1 };

  it("count unless the rule leaves them out", () => {
    expect(requiredAsksUnmet(pair, { ...point, softTraitsCount: true })).toBe(true);
    expect(requiredAsksUnmet(pair, point)).toBe(true);
    expect(requiredAsksUnmet(pair, { ...point, softTraitsCount: false })).toBe(false);
    expect(requiredAsksUnmet({ ...pair, requiredGaps: 3 }, { ...point, softTraitsCount: false })).toBe(true);
  });

  it("are read from an analysed pair's features as the rule counts them", () => {
    const features = { requiredGapsOpen: 1, requiredGapsNotSoft: 1 / 3 };
    expect(ruleGapsOf(features, { softTraitsCount: true })).toBe(3);
    expect(ruleGapsOf(features, { softTraitsCount: false })).toBe(1);
  });
});
