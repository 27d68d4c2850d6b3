/**
 * Logistic regression over dense inputs, fitted by plain (projected) gradient descent from zero with a fixed
 * number of steps: deterministic, so a refit gives the same committed coefficients. Shared by
 * the verdict model (tools/gap/eval/fit-verdict.ts, weights kept on a sign per input) and the ask
 * classifier (tools/gap/eval/fit-ask-classifier.ts, one model per class).
 */
export interface LogisticFit {
  /** Per input: (x - mean) / scale before the weights. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface LogisticOptions {
  l2: number;
  steps: number;
  rate: number;
  /** Per input: +1 keeps the weight >= 0, -1 keeps it <= 0, 0 or absent leaves it free. */
  signs?: readonly (1 | -1 | 0)[];
  /** Digits kept in the stored coefficients. */
  digits?: number;
  /**
   * Per example: the share of the distance from 0.5 the probability keeps when it is shown
   * (p = 0.5 + (sigmoid(z) - 0.5) * shrink). The fit then maximises the likelihood of the
   * probability as shown, not of the raw one: a fixed shrink applied after an unaware fit
   * leaves every confident case under-confident.
   */
  shrink?: readonly number[];
  /**
   * Per example: how much it counts in the likelihood (default 1 each). The gradient is the
   * weighted mean, so weights scale the examples against each other, not against the L2 term.
   */
  weights?: readonly number[];
  /**
   * Per example: a log-odds the fit starts from (z = offset + w · x). With the L2 term pulling w
   * toward 0 it is a prior centred on the offset: a recalibration that moves a stated number only
   * as far as the data asks (tools/gap/eval/path-calibration-fit.ts).
   */
  offset?: readonly number[];
  /**
   * false: the inputs are used as given (mean 0, scale 1), so the L2 term holds each weight in
   * the inputs' own units — a prior of the same strength for a rare input as for a common one.
   */
  standardize?: boolean;
}

export function fitLogisticRegression(X: number[][], y: number[], options: LogisticOptions): LogisticFit {
  const n = X.length;
  const dims = X[0]?.length ?? 0;
  const raw = options.standardize === false;
  const mean = Array.from({ length: dims }, (_, j) =>
    raw ? 0 : X.reduce((s, r) => s + r[j]!, 0) / Math.max(1, n),
  );
  const scale = mean.map((m, j) => {
    if (raw) return 1;
    const v = X.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / Math.max(1, n);
    return Math.max(1e-3, Math.sqrt(v));
  });
  const Z = X.map((r) => r.map((x, j) => (x - mean[j]!) / scale[j]!));
  const w = new Array<number>(dims).fill(0);
  const grad = new Array<number>(dims).fill(0);
  let b = 0;
  const total = options.weights ? options.weights.reduce((a, x) => a + x, 0) : n;
  // Weighted mean of the slopes, scaled back to n examples so the L2 term weighs the same.
  const share = (i: number) => (options.weights ? (options.weights[i]! * n) / total : 1);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = Z[i]!;
      let z = b + (options.offset?.[i] ?? 0);
      for (let j = 0; j < dims; j++) z += row[j]! * w[j]!;
      const err = lossSlope(z, y[i]!, options.shrink?.[i]) * share(i);
      for (let j = 0; j < dims; j++) grad[j]! += (err * row[j]!) / n;
      gb += err / n;
    }
    for (let j = 0; j < dims; j++) {
      const next = w[j]! - options.rate * (grad[j]! + (options.l2 * w[j]!) / n);
      const sign = options.signs?.[j] ?? 0;
      w[j] = sign > 0 ? Math.max(0, next) : sign < 0 ? Math.min(0, next) : next;
    }
    b -= options.rate * gb;
  }
  const f = 10 ** (options.digits ?? 4);
  const r = (x: number) => Math.round(x * f) / f;
  return { mean: mean.map(r), scale: scale.map(r), weights: w.map(r), bias: r(b) };
}

/**
 * d(log loss)/dz for one example. Without a shrink: sigmoid(z) - y. With one, of the shown
 * p = 0.5 + (sigmoid(z) - 0.5) * s: (p - y) / (p (1 - p)) * s * sigmoid(z) (1 - sigmoid(z)).
 */
function lossSlope(z: number, y: number, shrink: number | undefined): number {
  const q = 1 / (1 + Math.exp(-z));
  if (shrink === undefined || shrink === 1) return q - y;
  const p = Math.min(1 - 1e-9, Math.max(1e-9, 0.5 + (q - 0.5) * shrink));
  return ((p - y) / (p * (1 - p))) * shrink * q * (1 - q);
}

/** The fitted model's z (log-odds) for an input. */
export function logOdds(fit: LogisticFit, x: readonly number[]): number {
  let z = fit.bias;
  for (let j = 0; j < fit.weights.length; j++)
    z += fit.weights[j]! * ((x[j]! - fit.mean[j]!) / fit.scale[j]!);
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
