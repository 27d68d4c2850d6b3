/**
 * Calibration of a confidence: when the system says 0.8, is it right 80% of the time?
 * Expected calibration error bins predictions by confidence and weights each bin's
 * |accuracy - mean confidence| gap by its share of the predictions.
 */

export interface ReliabilityBin {
  /** Inclusive lower edge, exclusive upper edge (the last bin includes 1.0). */
  lower: number;
  upper: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface Calibration {
  ece: number;
  /** Largest gap in any non-empty bin. */
  mce: number;
  bins: ReliabilityBin[];
  /** Mean squared error between confidence and correctness. */
  brier: number;
}

export function calibration(samples: { confidence: number; correct: boolean }[], binCount = 10): Calibration {
  const bins: ReliabilityBin[] = Array.from({ length: binCount }, (_, i) => ({
    lower: i / binCount,
    upper: (i + 1) / binCount,
    count: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  let brier = 0;
  for (const { confidence, correct } of samples) {
    if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
      throw new RangeError(`confidence must be within 0..1, got ${confidence}`);
    }
    const bin = bins[Math.min(binCount - 1, Math.floor(confidence * binCount))];
    bin.count++;
    bin.meanConfidence += confidence;
    bin.accuracy += correct ? 1 : 0;
    brier += (confidence - (correct ? 1 : 0)) ** 2;
  }
  let ece = 0;
  let mce = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanConfidence /= bin.count;
    bin.accuracy /= bin.count;
    const gap = Math.abs(bin.accuracy - bin.meanConfidence);
    ece += (bin.count / samples.length) * gap;
    mce = Math.max(mce, gap);
  }
  return { ece, mce, bins, brier: samples.length ? brier / samples.length : 0 };
}
