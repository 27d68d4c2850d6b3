/**
 * Fits the stated confidence's map per decision path (path-confidence.ts) on out-of-fold rows
 * only, and measures it out of fold too (issue 13, verdict16w).
 *
 * A row is one verdict a fold model gave a pair it was not fitted on: its decision path, the
 * confidence that path states (after the missing-data shrink, before the map) and whether the
 * verdict was right. Rows come from the grouped cross-validation of the team and dev pairs
 * (cross-validate.ts) and, when the fit is given them, from the fold models' verdicts on the
 * extra outside-style pairs (evals/data/fit/pairs-more.jsonl), which no fold model is fitted on.
 * Each pair counts once in the map's likelihood (a pair predicted by several fold models shares
 * one weight). Inside a cross-validation the map of fold k is fitted on the rows of the other
 * folds (cross-fitting), so every reported number is out of fold for the map as well.
 */
import { fitLogisticRegression } from "../../ml/logistic-regression.ts";
import {
  PATH_INPUT_SIGN,
  PATH_INPUTS,
  type PathCalibration,
  pathConfidence,
  pathInputs,
  type VerdictPath,
} from "../path-confidence.ts";
import type { Features } from "../verdict-model.ts";

export interface PathRow {
  id: string;
  path: VerdictPath;
  /** The confidence the path states, before the map. */
  confidence: number;
  verdict: "FIT" | "UNFIT";
  label: string;
  features: Pick<Features, "mustHaveNearShare" | "requiredGapsNearShare">;
}

/** Chosen 2026-12-07 (verdict16w) among 1 / 2 / 5 by the cross-fitted log loss of the rows. */
export const PATH_L2 = Number(process.env.VERDICT_PATH_L2 ?? 2);

/** The map fitted on rows; each pair's rows share one unit of weight. */
export function fitPathCalibration(rows: PathRow[]): PathCalibration | undefined {
  if (rows.length < 10) return undefined;
  const perPair = new Map<string, number>();
  for (const r of rows) perPair.set(r.id, (perPair.get(r.id) ?? 0) + 1);
  const fit = fitLogisticRegression(
    rows.map((r) => pathInputs(r.path, r.confidence, r.features)),
    rows.map((r) => (r.verdict === r.label ? 1 : 0)),
    {
      l2: PATH_L2,
      steps: 3000,
      rate: 0.5,
      signs: PATH_INPUTS.map((k) => PATH_INPUT_SIGN[k]),
      weights: rows.map((r) => 1 / perPair.get(r.id)!),
    },
  );
  return { inputs: PATH_INPUTS, ...fit };
}

/** The confidence a row states under a map (the path's own number without one). */
export function mappedConfidence(map: PathCalibration | undefined, r: PathRow): number {
  return pathConfidence(map, r.path, r.confidence, r.features);
}

/** P(FIT) as the eval reads a verdict stated at a confidence. */
export function asProbability(verdict: "FIT" | "UNFIT", confidence: number): number {
  return verdict === "FIT" ? confidence : Math.min(0.5 - 1e-9, 1 - confidence);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Accuracy, mean confidence, ECE (10 bins) and Brier of rows stated at `conf`, per path and all. */
export function pathReport(rows: PathRow[], conf: (r: PathRow) => number) {
  const score = (rs: PathRow[]) => {
    if (!rs.length) return undefined;
    const bins = Array.from({ length: 10 }, () => ({ n: 0, c: 0, right: 0 }));
    let right = 0;
    let sum = 0;
    let brier = 0;
    for (const r of rs) {
      const c = conf(r);
      const ok = r.verdict === r.label ? 1 : 0;
      const b = bins[Math.min(9, Math.floor(c * 10))]!;
      b.n++;
      b.c += c;
      b.right += ok;
      right += ok;
      sum += c;
      brier += (c - ok) ** 2;
    }
    return {
      rows: rs.length,
      accuracy: r3(right / rs.length),
      meanConfidence: r3(sum / rs.length),
      ece: r3(bins.reduce((s, b) => s + Math.abs(b.c - b.right), 0) / rs.length),
      brier: r3(brier / rs.length),
    };
  };
  const paths = ["rule", "requiredAsks", "near", "model"] as const;
  return {
    all: score(rows),
    ...Object.fromEntries(
      paths.flatMap((p) => {
        const s = score(rows.filter((r) => r.path === p));
        return s ? [[p, s]] : [];
      }),
    ),
  };
}
