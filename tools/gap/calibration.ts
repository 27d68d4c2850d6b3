/**
 * Calibration of the verdict's P(FIT): a map from the model's probability to how often such
 * pairs are really FIT, fitted on out-of-fold predictions (eval/fit-verdict.ts picks the method
 * by cross-validation). Platt scaling is a logistic regression on logit(p); isotonic regression
 * (pool-adjacent-violators) is a non-decreasing step curve, read with linear interpolation
 * between its points. Both keep the order of P, so more evidence never lowers it.
 */
import { fitLogisticRegression, sigmoid } from "../ml/logistic-regression.ts";

export type Calibration =
  | { method: "none" }
  | { method: "platt"; a: number; b: number }
  | { method: "isotonic"; x: number[]; y: number[] };

const EPS = 1e-4;
const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

export function calibrate(c: Calibration | undefined, p: number): number {
  if (!c || c.method === "none") return p;
  if (c.method === "platt") return sigmoid(c.a * logit(p) + c.b);
  const { x, y } = c;
  if (x.length === 0) return p;
  if (p <= x[0]!) return y[0]!;
  for (let i = 1; i < x.length; i++) {
    if (p <= x[i]!) {
      const t = (p - x[i - 1]!) / Math.max(1e-9, x[i]! - x[i - 1]!);
      return y[i - 1]! + t * (y[i]! - y[i - 1]!);
    }
  }
  return y[y.length - 1]!;
}

export function fitPlatt(ps: readonly { p: number; y: number }[]): Calibration {
  const fit = fitLogisticRegression(
    ps.map((e) => [logit(e.p)]),
    ps.map((e) => e.y),
    // Weak shrinkage and a positive slope: calibration may sharpen or soften P, never flip its order.
    { l2: 1, steps: 2000, rate: 0.5, signs: [1] },
  );
  // Undo the standardisation so the stored map reads logit(p) directly.
  const a = fit.weights[0]! / fit.scale[0]!;
  const b = fit.bias - a * fit.mean[0]!;
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return { method: "platt", a: r(a), b: r(b) };
}

/**
 * Isotonic regression by pool-adjacent-violators. Each block's value is pulled toward 0.5 by
 * one pseudo-pair per side (Laplace smoothing), so a block of three FITs says 0.8, not a
 * certainty 60 pairs cannot support.
 */
export function fitIsotonic(ps: readonly { p: number; y: number }[]): Calibration {
  const sorted = [...ps].sort((a, b) => a.p - b.p || a.y - b.y);
  const blocks: { sum: number; n: number; lo: number; hi: number }[] = [];
  for (const e of sorted) {
    blocks.push({ sum: e.y, n: 1, lo: e.p, hi: e.p });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.n < b.sum / b.n) break;
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, n: a.n + b.n, lo: a.lo, hi: b.hi });
    }
  }
  const r = (v: number) => Math.round(v * 10000) / 10000;
  // Smoothing can undo the order between a small block and a large one: keep it non-decreasing.
  let floor = 0;
  const y = blocks.map((b) => {
    floor = Math.max(floor, (b.sum + 1) / (b.n + 2));
    return r(floor);
  });
  return { method: "isotonic", x: blocks.map((b) => r((b.lo + b.hi) / 2)), y };
}
