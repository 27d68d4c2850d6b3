/**
 * Calibration maps for the verdict's P(FIT) (calibration.ts): they keep the order of P and
 * move an overconfident P toward how often such pairs are right.
 */
import { expect, it } from "vitest";
import { calibrate, fitIsotonic, fitPlatt } from "./calibration.ts";
import { verdictModel } from "./verdict-model.ts";

// A model that says 0.9 where pairs are FIT two times in three, and 0.1 where one in three is.
const overconfident = [
  ...Array.from({ length: 30 }, (_, i) => ({ p: 0.9, y: i % 3 === 0 ? 0 : 1 })),
  ...Array.from({ length: 30 }, (_, i) => ({ p: 0.1, y: i % 3 === 0 ? 1 : 0 })),
];

it("Platt scaling softens an overconfident P and keeps its order", () => {
  const c = fitPlatt(overconfident);
  expect(calibrate(c, 0.9)).toBeGreaterThan(0.55);
  expect(calibrate(c, 0.9)).toBeLessThan(0.8);
  expect(calibrate(c, 0.1)).toBeGreaterThan(0.2);
  expect(calibrate(c, 0.3)).toBeLessThan(calibrate(c, 0.7));
});

it("isotonic regression is non-decreasing and smoothed away from 0 and 1", () => {
  const c = fitIsotonic([
    { p: 0.2, y: 0 },
    { p: 0.3, y: 1 },
    { p: 0.35, y: 0 },
    { p: 0.6, y: 1 },
    { p: 0.8, y: 1 },
    { p: 0.9, y: 1 },
  ]);
  const at = [0, 0.2, 0.3, 0.5, 0.7, 0.9, 1].map((p) => calibrate(c, p));
  for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThanOrEqual(at[i - 1]!);
  expect(at[0]).toBeGreaterThan(0);
  expect(at[at.length - 1]).toBeLessThan(1);
});

it("the committed verdict model says which calibration the cross-validation chose", () => {
  const model = verdictModel();
  expect(["none", "platt", "isotonic"]).toContain(model.calibration?.method);
  expect(model.fitted.devCrossValidated).toMatchObject({ folds: 6 });
  expect(String(model.fitted.calibration)).toMatch(/chosen by the 6-fold cross-validated log loss/);
});

it("the committed verdict model's cross-validated proper scores hold (as shown, out of fold)", () => {
  const cv = verdictModel().fitted.devCrossValidated as { logLoss: number; brier: number; accuracy: number };
  // 2026-12-03: log loss 0.434 / Brier 0.129 at L2 8 with every input (measured as shown); 0.419 /
  // 0.123 at L2 5 without the two inputs that restate others (fit-verdict.ts LEFT_OUT). A refit
  // after an analysis change that loses this should say why in tools/gap/README.md.
  expect(cv.logLoss).toBeLessThanOrEqual(0.425);
  expect(cv.brier).toBeLessThanOrEqual(0.125);
  expect(cv.accuracy).toBeGreaterThanOrEqual(0.86);
});
