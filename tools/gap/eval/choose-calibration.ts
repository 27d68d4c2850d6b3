/**
 * Which calibration map the verdict fit keeps (fit-verdict.ts): the one with the lowest
 * cross-validated log loss, a proper score, then Brier (the other proper score), then ECE. The 10-bin ECE of 36 pairs moves by ~0.03
 * when one pair crosses a bin edge; on 2026-12-03 it picked Platt (ECE 0.143 vs 0.169) at a worse
 * log loss (0.450 vs 0.430), accuracy (0.833 vs 0.861) and UNFIT recall (0.667 vs 0.778).
 */
export interface CalibrationScore {
  logLoss: number;
  brier?: number;
  ece: number;
}

export function chooseCalibration<T extends { summary: CalibrationScore }>(byMethod: readonly T[]): T {
  const chosen = [...byMethod].sort(
    (a, b) =>
      a.summary.logLoss - b.summary.logLoss ||
      (a.summary.brier ?? 0) - (b.summary.brier ?? 0) ||
      a.summary.ece - b.summary.ece,
  )[0];
  if (!chosen) throw new Error("no calibration method measured");
  return chosen;
}
