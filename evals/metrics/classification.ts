/**
 * Counting metrics shared by every suite that compares predictions with gold labels.
 * Kept as plain functions over counts so a suite can aggregate however it needs
 * (micro over all fields, per field, per document) and still report the same numbers.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrecisionRecall extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

/**
 * Precision/recall/F1 from counts. With nothing predicted and nothing expected the
 * system made no mistake, so all three are 1 rather than a division by zero.
 */
export function precisionRecall(counts: Counts): PrecisionRecall {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Set comparison after a caller-chosen normalisation (lower-casing, taxonomy
 * canonicalisation...). Duplicates count once: a resume that names Python five times
 * has one Python skill.
 */
export function compareSets(
  predicted: Iterable<string>,
  gold: Iterable<string>,
  normalise: (s: string) => string = (s) => s,
): Counts {
  const p = new Set([...predicted].map(normalise).filter((s) => s.length > 0));
  const g = new Set([...gold].map(normalise).filter((s) => s.length > 0));
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export interface ConfusionMatrix {
  labels: string[];
  /** matrix[goldIndex][predictedIndex] */
  matrix: number[][];
  accuracy: number;
  total: number;
  perLabel: Record<string, PrecisionRecall>;
}

/** Confusion matrix over any label set; labels seen only in predictions are included. */
export function confusionMatrix(
  pairs: { gold: string; predicted: string }[],
  labelOrder?: string[],
): ConfusionMatrix {
  const labels = [...(labelOrder ?? [])];
  for (const { gold, predicted } of pairs) {
    if (!labels.includes(gold)) labels.push(gold);
    if (!labels.includes(predicted)) labels.push(predicted);
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    matrix[index.get(gold)!][index.get(predicted)!]++;
    if (gold === predicted) correct++;
  }
  const perLabel: Record<string, PrecisionRecall> = {};
  labels.forEach((label, i) => {
    const tp = matrix[i][i];
    const fn = matrix[i].reduce((a, b) => a + b, 0) - tp;
    const fp = matrix.reduce((a, row) => a + row[i], 0) - tp;
    perLabel[label] = precisionRecall({ tp, fp, fn });
  });
  return {
    labels,
    matrix,
    accuracy: pairs.length ? correct / pairs.length : 0,
    total: pairs.length,
    perLabel,
  };
}

/** Unweighted mean of per-label F1, so rare labels count as much as common ones. */
export function macroF1(perLabel: Record<string, PrecisionRecall>): number {
  const values = Object.values(perLabel).filter((p) => p.tp + p.fn > 0);
  return values.length ? values.reduce((a, p) => a + p.f1, 0) / values.length : 0;
}

/**
 * The part of a confusion matrix worth reading: only labels that were confused with
 * another (a miss in their row or column). With dozens of intents the full matrix is
 * a diagonal nobody can read; the perfectly recognised labels are returned apart.
 */
export function confusedSubmatrix(m: ConfusionMatrix): {
  labels: string[];
  matrix: number[][];
  perfect: string[];
} {
  const keep = m.labels
    .map((_, i) => i)
    .filter((i) => m.labels.some((_, j) => j !== i && (m.matrix[i][j] > 0 || m.matrix[j][i] > 0)));
  return {
    labels: keep.map((i) => m.labels[i]),
    matrix: keep.map((i) => keep.map((j) => m.matrix[i][j])),
    perfect: m.labels.filter((_, i) => !keep.includes(i)),
  };
}
