/**
 * The fit suite's scoring of the team pairs: since the relabel under the outside rules
 * (evals/data/fit/README.md) some are BORDERLINE, judgement calls that are neither right nor
 * wrong — they must not count as misses in accuracy, F1 or calibration.
 */
import { expect, it } from "vitest";
import { type FitPrediction, scoreFitPredictions } from "./fit.ts";

const pair = (
  id: string,
  label: FitPrediction["label"],
  verdict: FitPrediction["verdict"],
  confidence: number,
) => ({
  id,
  label,
  verdict,
  confidence,
});

it("scores the clear team pairs only", () => {
  const { confusion, calibration } = scoreFitPredictions([
    pair("a", "FIT", "FIT", 0.9),
    pair("b", "UNFIT", "UNFIT", 0.8),
    pair("c", "BORDERLINE", "FIT", 0.7),
    pair("d", "BORDERLINE", "UNFIT", 0.6),
  ]);
  expect(confusion.accuracy).toBe(1);
  expect(confusion.perLabel.FIT.f1).toBe(1);
  expect(calibration.bins.reduce((n, b) => n + b.count, 0)).toBe(2);
});
