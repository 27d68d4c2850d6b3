/**
 * How far an adversarial variant moved an analysis from the original: the largest
 * absolute change over the scores (a score that appears or disappears counts as 100),
 * and whether the verdict flipped.
 */

export interface ScoredAnalysis {
  verdict: "FIT" | "UNFIT";
  confidence: number;
  scores: Record<string, number | null>;
}

export interface AnalysisDelta {
  maxAbsDelta: number;
  /** Score keys that moved, with before/after. */
  moved: { key: string; before: number | null; after: number | null }[];
  verdictFlipped: boolean;
  confidenceDelta: number;
}

export function analysisDelta(before: ScoredAnalysis, after: ScoredAnalysis): AnalysisDelta {
  const keys = new Set([...Object.keys(before.scores), ...Object.keys(after.scores)]);
  const moved: AnalysisDelta["moved"] = [];
  let maxAbsDelta = 0;
  for (const key of keys) {
    const a = before.scores[key] ?? null;
    const b = after.scores[key] ?? null;
    if (a === b) continue;
    const d = a === null || b === null ? 100 : Math.abs(a - b);
    if (d === 0) continue;
    moved.push({ key, before: a, after: b });
    maxAbsDelta = Math.max(maxAbsDelta, d);
  }
  return {
    maxAbsDelta,
    moved,
    verdictFlipped: before.verdict !== after.verdict,
    confidenceDelta: after.confidence - before.confidence,
  };
}
