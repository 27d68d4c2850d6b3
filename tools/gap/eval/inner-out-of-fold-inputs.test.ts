/**
 * The inner cross-validation the calibration map is fitted on is kept per training set; the set
 * is its pairs' inputs and labels, not their ids. Keyed by ids, a second fit on the same pairs
 * with other inputs (another run's analyses; live-out-of-fold.test.ts's agreeing then disagreeing
 * sets) was calibrated on the first set's out-of-fold P (verdict15w).
 */
import { expect, it } from "vitest";
import { FEATURE_NAMES, type Features } from "../verdict-model.ts";
import { DEFAULT_SETTINGS, type Example, innerOutOfFold } from "./verdict-fit.ts";

const examples = (skillsOfFit: number): Example[] =>
  Array.from({ length: 20 }, (_, i) => {
    const fit = i % 2 === 0;
    const features = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as Features;
    features.skills = fit ? skillsOfFit : 1 - skillsOfFit;
    features.readiness = 0.3 + (i % 5) * 0.1;
    return { id: `p${i}`, set: "team", label: fit ? "FIT" : "UNFIT", features, completeness: 1 };
  });

it("fits the map on the inputs it is given, not on an earlier set with the same pair ids", () => {
  const first = innerOutOfFold(examples(0.9), [], DEFAULT_SETTINGS);
  const second = innerOutOfFold(examples(0.1), [], DEFAULT_SETTINGS);
  const meanFitP = (oof: { p: number; y: number }[]) =>
    oof.filter((s) => s.y === 1).reduce((a, s) => a + s.p, 0) / oof.filter((s) => s.y === 1).length;
  // skills is kept on FIT's side: where FIT pairs have more of it the FIT pairs' P is higher.
  expect(meanFitP(first)).toBeGreaterThan(meanFitP(second));
});
