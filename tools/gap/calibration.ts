/**
 * Calibration of the verdict's P(FIT): a map from the model's probability to how often such
 * pairs are really FIT, fitted on out-of-fold predictions (eval/fit-verdict.ts picks the map
 * by cross-validation). Every map keeps the order of P, so more evidence never lowers it:
 * - Platt scaling: a logistic regression on logit(p) (temperature: the same without a bias);
 * - beta calibration: a logistic regression on ln p and -ln(1 - p) (Kull et al. 2017), which can
 *   soften one end and not the other;
 * - isotonic regression (pool-adjacent-violators): a non-decreasing step curve, read with linear
 *   interpolation between its points; on a few dozen pairs its steps are coarse and its ends
 *   too sure, so the fitter may smooth it (a minimum block size, a prior toward Platt's curve);
 * - a blend: the mean of several maps' P (isotonic's shape, Platt's smooth ends).
 */
import { fitLogisticRegression, sigmoid } from "../ml/logistic-regression.ts";

export type Calibration =
  | { method: "none" }
  | { method: "platt"; a: number; b: number }
  | { method: "beta"; a: number; b: number; c: number }
  | { method: "isotonic"; x: number[]; y: number[] }
  | { method: "blend"; of: Calibration[] };

const EPS = 1e-4;
const clampP = (p: number) => Math.min(1 - EPS, Math.max(EPS, p));
const logit = (p: number) => {
  const q = clampP(p);
  return Math.log(q / (1 - q));
};
const r4 = (v: number) => Math.round(v * 10000) / 10000;

export function calibrate(c: Calibration | undefined, p: number): number {
  if (!c || c.method === "none") return p;
  if (c.method === "platt") return sigmoid(c.a * logit(p) + c.b);
  if (c.method === "beta") {
    const q = clampP(p);
    return sigmoid(c.a * Math.log(q) - c.b * Math.log(1 - q) + c.c);
  }
  if (c.method === "blend")
    return c.of.length ? c.of.reduce((s, m) => s + calibrate(m, p), 0) / c.of.length : p;
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

/** Out-of-fold P(FIT) and the label (1: FIT). */
type Scored = readonly { p: number; y: number }[];

/**
 * Platt scaling. `bias: false` is temperature scaling (one slope on logit(p), 0.5 stays 0.5).
 * Weak shrinkage and a positive slope: calibration may sharpen or soften P, never flip its order.
 */
export function fitPlatt(ps: Scored, options: { bias?: boolean } = {}): Calibration {
  if (options.bias === false) return { method: "platt", a: r4(fitTemperature(ps)), b: 0 };
  const fit = fitLogisticRegression(
    ps.map((e) => [logit(e.p)]),
    ps.map((e) => e.y),
    { l2: 1, steps: 2000, rate: 0.5, signs: [1] },
  );
  // Undo the standardisation so the stored map reads logit(p) directly.
  const a = fit.weights[0]! / fit.scale[0]!;
  const b = fit.bias - a * fit.mean[0]!;
  return { method: "platt", a: r4(a), b: r4(b) };
}

/** The slope a >= 0 minimising the log loss of sigmoid(a * logit(p)): a golden-section search. */
function fitTemperature(ps: Scored): number {
  const loss = (a: number) =>
    ps.reduce((s, e) => {
      const q = clampP(sigmoid(a * logit(e.p)));
      return s - (e.y ? Math.log(q) : Math.log(1 - q));
    }, 0);
  let lo = 0;
  let hi = 5;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (loss(m1) <= loss(m2)) hi = m2;
    else lo = m1;
  }
  return (lo + hi) / 2;
}

/** Beta calibration: sigmoid(a ln p - b ln(1 - p) + c) with a, b >= 0 (order kept). */
export function fitBeta(ps: Scored): Calibration {
  const fit = fitLogisticRegression(
    ps.map((e) => [Math.log(clampP(e.p)), -Math.log(1 - clampP(e.p))]),
    ps.map((e) => e.y),
    { l2: 1, steps: 2000, rate: 0.5, signs: [1, 1] },
  );
  const a = fit.weights[0]! / fit.scale[0]!;
  const b = fit.weights[1]! / fit.scale[1]!;
  const c = fit.bias - a * fit.mean[0]! - b * fit.mean[1]!;
  return { method: "beta", a: r4(a), b: r4(b), c: r4(c) };
}

export interface IsotonicOptions {
  /** Adjacent blocks are pooled until each holds at least this many pairs (1: plain PAV). */
  minBlock?: number;
  /**
   * Pseudo-pairs pulling each block toward a prior: `strength` pairs at the prior's P at the
   * block's centre (default: one FIT and one UNFIT, i.e. 2 pairs at 0.5 — Laplace smoothing).
   */
  prior?: { strength: number; at?: (p: number) => number };
}

/**
 * Isotonic regression by pool-adjacent-violators. Each block's value is pulled toward a prior
 * (by default one pseudo-pair per side, Laplace smoothing), so a block of three FITs says 0.8,
 * not a certainty 60 pairs cannot support.
 */
export function fitIsotonic(ps: Scored, options: IsotonicOptions = {}): Calibration {
  const sorted = [...ps].sort((a, b) => a.p - b.p || a.y - b.y);
  type Block = { sum: number; n: number; lo: number; hi: number; pSum: number };
  const pool = (a: Block, b: Block): Block => ({
    sum: a.sum + b.sum,
    n: a.n + b.n,
    lo: a.lo,
    hi: b.hi,
    pSum: a.pSum + b.pSum,
  });
  const blocks: Block[] = [];
  for (const e of sorted) {
    blocks.push({ sum: e.y, n: 1, lo: e.p, hi: e.p, pSum: e.p });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (a.sum / a.n < b.sum / b.n) break;
      blocks.splice(blocks.length - 2, 2, pool(a, b));
    }
  }
  // Pool the smallest block with its smaller neighbour until every block is big enough
  // (pooling adjacent non-decreasing blocks keeps the curve non-decreasing).
  const minBlock = options.minBlock ?? 1;
  while (blocks.length > 1) {
    let i = -1;
    for (let k = 0; k < blocks.length; k++)
      if (blocks[k]!.n < minBlock && (i < 0 || blocks[k]!.n < blocks[i]!.n)) i = k;
    if (i < 0) break;
    const left = i > 0 ? blocks[i - 1]!.n : Number.POSITIVE_INFINITY;
    const right = i < blocks.length - 1 ? blocks[i + 1]!.n : Number.POSITIVE_INFINITY;
    const j = left <= right ? i - 1 : i;
    blocks.splice(j, 2, pool(blocks[j]!, blocks[j + 1]!));
  }
  const strength = options.prior?.strength ?? 2;
  const priorAt = options.prior?.at ?? (() => 0.5);
  // Smoothing can undo the order between a small block and a large one: keep it non-decreasing.
  let floor = 0;
  const y = blocks.map((b) => {
    const prior = priorAt(b.pSum / b.n);
    floor = Math.max(floor, (b.sum + strength * prior) / (b.n + strength));
    return r4(floor);
  });
  return { method: "isotonic", x: blocks.map((b) => r4((b.lo + b.hi) / 2)), y };
}
