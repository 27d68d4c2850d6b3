/**
 * Calibration maps for the verdict's P(FIT) (calibration.ts): they keep the order of P and
 * move an overconfident P toward how often such pairs are right.
 */
import { expect, it } from "vitest";
import { calibrate, fitBeta, fitIsotonic, fitPlatt } from "./calibration.ts";
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

it("temperature scaling keeps 0.5 at 0.5 and softens an overconfident P", () => {
  const c = fitPlatt(overconfident, { bias: false });
  expect(calibrate(c, 0.5)).toBeCloseTo(0.5, 6);
  expect(calibrate(c, 0.9)).toBeLessThan(0.8);
  expect(calibrate(c, 0.9)).toBeGreaterThan(0.55);
});

it("beta calibration keeps the order of P and moves an overconfident P toward the rate seen", () => {
  const c = fitBeta(overconfident);
  const at = [0.05, 0.1, 0.3, 0.5, 0.7, 0.9, 0.95].map((p) => calibrate(c, p));
  for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThanOrEqual(at[i - 1]!);
  expect(calibrate(c, 0.9)).toBeLessThan(0.8);
  expect(calibrate(c, 0.1)).toBeGreaterThan(0.2);
});

// 20 UNFITs then 20 FITs in order of P, with one FIT among the UNFITs.
const separable = Array.from({ length: 40 }, (_, i) => ({
  p: (i + 0.5) / 40,
  y: i >= 20 || i === 5 ? 1 : 0,
}));

it("isotonic's prior sets how far a block of one label is pulled toward 0.5", () => {
  const top = (strength: number) => calibrate(fitIsotonic(separable, { prior: { strength } }), 0.99);
  // 20 FITs: (20 + 1) / 22 with one pseudo-pair a side, (20 + 0.25) / 20.5 with half a pair.
  expect(top(2)).toBeCloseTo(21 / 22, 3);
  expect(top(0.5)).toBeCloseTo(20.25 / 20.5, 3);
  expect(top(0.5)).toBeLessThan(1);
});

it("isotonic with a minimum block size pools small steps into their neighbours", () => {
  const plain = fitIsotonic(separable);
  // Plain: 5 UNFITs, then 15 pairs with the stray FIT, then 20 FITs; the first block is too small.
  const pooled = fitIsotonic(separable, { minBlock: 6 });
  if (plain.method !== "isotonic" || pooled.method !== "isotonic") throw new Error("isotonic expected");
  expect(plain.x).toHaveLength(3);
  expect(pooled.x).toHaveLength(2);
  for (let i = 1; i < pooled.y.length; i++) expect(pooled.y[i]).toBeGreaterThanOrEqual(pooled.y[i - 1]!);
});

it("a blend is the mean of its maps", () => {
  const platt = fitPlatt(overconfident);
  const iso = fitIsotonic(overconfident);
  const blend = { method: "blend" as const, of: [platt, iso] };
  expect(calibrate(blend, 0.9)).toBeCloseTo((calibrate(platt, 0.9) + calibrate(iso, 0.9)) / 2, 9);
});

it("the committed verdict model says which calibration the cross-validation chose", () => {
  const model = verdictModel();
  expect(["none", "platt", "beta", "isotonic", "blend"]).toContain(model.calibration?.method);
  expect(model.fitted.devCrossValidated).toMatchObject({ folds: 6 });
  expect(model.fitted.pooledCrossValidated).toMatchObject({ folds: 6, seeds: 3 });
  // A refit's L2 and calibration are chosen by the grouped out-of-fold accuracy among
  // calibrated settings (choose-setting.ts, branch verdict13i); before, by a log loss.
  expect(String(model.fitted.calibration)).toMatch(
    /chosen by the (grouped out-of-fold accuracy|grouped out-of-fold log loss|pooled cross-validated log loss)/,
  );
  expect(model.fitted.groupedOutOfFold).toMatchObject({ folds: 6, seeds: 3 });
});

it("the committed verdict model's grouped out-of-fold scores hold (unseen resumes and ads)", () => {
  // 2026-12-04 evening (branch verdict13f): team training split + clear dev pairs, pairs sharing a
  // resume or an ad in one fold, 3 fold assignments, the committed procedure re-run on the day's
  // analyses: log loss 0.388, Brier 0.115, ECE 0.037, accuracy 0.847.
  // Re-recorded 2026-12-06 (branch verdict13u, weights unchanged, today's analyses): log loss 0.390,
  // Brier 0.116, ECE 0.041, accuracy 0.847 (the team part's FIT F1 fell 0.683 -> 0.579: thresholds.yaml).
  // 2026-12-07 (lead, profession licences as hard asks): log loss 0.355, Brier 0.100, accuracy 0.868,
  // ECE 0.072; the proper scores chose and the ECE bar is the goal (thresholds.yaml oof.ece).
  const grouped = verdictModel().fitted.groupedOutOfFold as {
    logLoss: number;
    brier: number;
    ece: number;
    accuracy: number;
  };
  expect(grouped.logLoss).toBeLessThanOrEqual(0.42);
  expect(grouped.brier).toBeLessThanOrEqual(0.11);
  expect(grouped.ece).toBeLessThanOrEqual(0.08);
  expect(grouped.accuracy).toBeGreaterThanOrEqual(0.85);
});

it("the committed verdict model's confidence holds on the extra pairs no fold model is fitted on", () => {
  // verdict18w (2026-12-07): each extra pair (evals/data/fit/pairs-more.jsonl) scored by its own
  // fold's model and per-path map (fitted without its rows): 0.682 right, ECE 0.193 -> 0.147 and
  // Brier 0.218 -> 0.212 once the anchored map ships (thresholds.yaml oof.more.*, the eval's live run).
  const model = verdictModel();
  const more = (model.fitted.groupedOutOfFold as { more?: { accuracy: number; ece: number; brier: number } })
    .more;
  expect(model.pathCalibration).toBeDefined();
  expect(more).toBeDefined();
  expect(more!.accuracy).toBeGreaterThanOrEqual(0.65);
  expect(more!.ece).toBeLessThanOrEqual(0.17);
  expect(more!.brier).toBeLessThanOrEqual(0.23);
  // The map was chosen out of sample over the paths' own numbers ("none").
  const chosen = (model.fitted.pathCalibration as { chosen?: string } | undefined)?.chosen;
  expect(chosen).toMatch(/^anchored\//);
});

it("the committed verdict model's pooled cross-validated proper scores hold", () => {
  // 2026-12-03 (branch calib): 69 clear pairs (team training split + dev) x 3 fold assignments,
  // log loss 0.358, Brier 0.102 (plain isotonic on one inner split: 0.378 / 0.108).
  const pooled = verdictModel().fitted.pooledCrossValidated as { logLoss: number; brier: number };
  expect(pooled.logLoss).toBeLessThanOrEqual(0.38);
  // 2026-12-07 (verdict15w refit: shown soft skills, duty asks, map before the shrink): 63 pairs
  // (six team pairs now decided by a rule, not fitted), Brier 0.111 (main's model 0.105, 0.108 on
  // verdict14w's analyses); the grouped out-of-fold Brier the eval gates stays 0.117 (gate 0.125).
  expect(pooled.brier).toBeLessThanOrEqual(0.115);
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
