/**
 * Scores of P(FIT) predictions against their labels, for the verdict fit (fit-verdict.ts):
 * accuracy and recalls, log loss, Brier, 10-bin ECE and mean confidence. Kept apart from the
 * fitting so fit-verdict.ts stays one job (fit and report) and the scores read on their own.
 */

/** A prediction: P(FIT) and the pair's label (FIT, UNFIT or BORDERLINE). */
export type Scored = { p: number; label: string };

export function logLoss(ps: Scored[]): number {
  const q = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));
  return (
    ps.reduce((s, x) => s - Math.log(x.label === "FIT" ? q(x.p) : 1 - q(x.p)), 0) / Math.max(1, ps.length)
  );
}

/** Mean squared error of P(FIT) against the label (a proper score, like log loss). */
export function brier(ps: Scored[]): number {
  return ps.reduce((s, x) => s + (x.p - (x.label === "FIT" ? 1 : 0)) ** 2, 0) / Math.max(1, ps.length);
}

export function ece(ps: Scored[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const { p, label } of ps) {
    const verdict = p >= 0.5 ? "FIT" : "UNFIT";
    const conf = Math.max(p, 1 - p);
    const bin = bins[Math.min(9, Math.floor(conf * 10))]!;
    bin.n++;
    bin.conf += conf;
    bin.right += verdict === label ? 1 : 0;
  }
  return bins.reduce((s, b) => (b.n ? s + (b.n / ps.length) * Math.abs(b.right / b.n - b.conf / b.n) : s), 0);
}

export function meanConfidence(ps: { p: number }[]): number {
  return ps.reduce((s, x) => s + Math.max(x.p, 1 - x.p), 0) / Math.max(1, ps.length);
}

/** Accuracy, ECE and the mean confidence when right and when wrong (the fit-set test's check). */
export function confidenceReport(ps: Scored[]) {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const right = ps.filter((x) => (x.p >= 0.5 ? "FIT" : "UNFIT") === x.label);
  const wrong = ps.filter((x) => (x.p >= 0.5 ? "FIT" : "UNFIT") !== x.label);
  return {
    pairs: ps.length,
    accuracy: r3(accuracy(ps)),
    ece: r3(ece(ps)),
    meanConfidenceRight: r3(meanConfidence(right)),
    meanConfidenceWrong: r3(meanConfidence(wrong)),
  };
}

export function accuracy(ps: Scored[], label?: string): number {
  const of = label ? ps.filter((x) => x.label === label) : ps;
  return of.filter((x) => (x.p >= 0.5 ? "FIT" : "UNFIT") === x.label).length / Math.max(1, of.length);
}

/**
 * ECE over equal-count bins (sorted by confidence) instead of 10 equal-width ones: on 36 pairs
 * most of the eval's 10 bins are empty or hold one or two pairs, so one pair crossing a bin edge
 * moves the 10-bin ECE by ~0.03; equal-count bins keep every bin's accuracy an average of several.
 */
export function adaptiveEce(ps: Scored[], bins = 5): number {
  const rows = ps
    .map(({ p, label }) => ({
      conf: Math.max(p, 1 - p),
      right: (p >= 0.5 ? "FIT" : "UNFIT") === label ? 1 : 0,
    }))
    .sort((a, b) => a.conf - b.conf);
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const bin = rows.slice(Math.floor((b * rows.length) / bins), Math.floor(((b + 1) * rows.length) / bins));
    if (!bin.length) continue;
    const gap = bin.reduce((s, r) => s + r.conf - r.right, 0) / bin.length;
    total += (bin.length / rows.length) * Math.abs(gap);
  }
  return total;
}

/**
 * The spread of a score over bootstrap resamples of the pairs (deterministic: a fixed linear
 * congruential generator): the 5th, 50th and 95th percentiles, to say how far a number measured
 * on a few dozen pairs could move on another sample drawn the same way.
 */
export function bootstrapSpread(ps: Scored[], score: (ps: Scored[]) => number, resamples = 1000) {
  let state = 20261203;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) values.push(score(ps.map(() => ps[Math.floor(next() * ps.length)]!)));
  values.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(values[Math.min(values.length - 1, Math.floor(q * values.length))]! * 1000) / 1000;
  return { p5: at(0.05), median: at(0.5), p95: at(0.95) };
}
