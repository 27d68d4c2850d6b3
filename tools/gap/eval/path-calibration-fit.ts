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
import { type Calibration, fitIsotonic } from "../calibration.ts";
import {
  PATH_INPUT_SIGN,
  type PathCalibration,
  type PathInput,
  pathConfidence,
  pathInputs,
  statedLogOdds,
  VERDICT_PATHS,
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

/** Where a row's pair comes from, by its id: the team's pairs, the outside dev pairs, the extra pairs. */
export function sourceOf(id: string): "team" | "dev" | "more" {
  return id.startsWith("dev-") ? "dev" : id.startsWith("more-") ? "more" : "team";
}

/**
 * The map's families (verdict17w), each measured out of sample by path-calibration-choose.ts:
 * - `shared`: verdict16w's logistic map (one slope on the stated log-odds, a step per path, the
 *   nearness inputs);
 * - `perPath`: a shrink of each path's log-odds (a slope and a step per path, no nearness);
 * - `isotonic`: per path, isotonic regression of P(right) on the stated confidence (at least 5
 *   pairs a block, pulled toward the path's own rate by 4 pseudo-pairs), all rows pooled for a
 *   path with fewer than 10 pairs.
 * Weighting: `pair` (each pair's rows share one unit) or `source` (each of team / dev / extra
 * pairs weighs the same in all: the extra pairs read like unseen ones and are fewest).
 */
export const PATH_FAMILIES = ["shared", "perPath", "isotonic", "anchored"] as const;
export type PathFamily = (typeof PATH_FAMILIES)[number];
export type PathWeighting = "pair" | "source";
export interface PathCalibrator {
  family: PathFamily;
  weighting: PathWeighting;
  /** The L2 strength (PATH_L2 when absent); for `anchored`, how strongly the prior holds the path's own number. */
  l2?: number;
}
export const PATH_CALIBRATORS: readonly PathCalibrator[] = [
  { family: "shared", weighting: "pair" },
  { family: "shared", weighting: "source" },
  { family: "perPath", weighting: "pair" },
  { family: "perPath", weighting: "source" },
  { family: "isotonic", weighting: "pair" },
  // verdict18w: perPath's inputs fitted from the stated log-odds (an offset) with the L2 as a
  // prior centred on the path's own number (path-confidence.ts `anchored`); its strength chosen
  // out of sample among these (the L2 term weighs as that many rows against the data's).
  ...[8, 32, 128].map((l2) => ({ family: "anchored" as const, weighting: "pair" as const, l2 })),
  ...[8, 32, 128].map((l2) => ({ family: "anchored" as const, weighting: "source" as const, l2 })),
];
/** A slope and a step per path: the perPath map, and the anchored one (which starts from the stated log-odds). */
const PER_PATH_INPUTS: readonly PathInput[] = [
  "ruleLogOdds",
  "requiredAsksLogOdds",
  "nearLogOdds",
  "modelLogOdds",
  "rule",
  "requiredAsks",
  "near",
];
const FAMILY_INPUTS: Record<"shared" | "perPath" | "anchored", readonly PathInput[]> = {
  shared: ["confidenceLogOdds", "rule", "requiredAsks", "near", "ruleMustHaveNear", "nearGapsReasoned"],
  perPath: PER_PATH_INPUTS,
  anchored: PER_PATH_INPUTS,
};
/** verdict16w's map, the default when no choice is given. */
export const DEFAULT_CALIBRATOR: PathCalibrator = { family: "shared", weighting: "pair" };

function rowWeights(rows: PathRow[], weighting: PathWeighting): number[] {
  const perPair = new Map<string, number>();
  for (const r of rows) perPair.set(r.id, (perPair.get(r.id) ?? 0) + 1);
  const pairsOf = new Map<string, number>();
  for (const id of perPair.keys()) pairsOf.set(sourceOf(id), (pairsOf.get(sourceOf(id)) ?? 0) + 1);
  return rows.map(
    (r) => 1 / perPair.get(r.id)! / (weighting === "source" ? pairsOf.get(sourceOf(r.id))! : 1),
  );
}

const ISOTONIC_MIN_PAIRS = 10;
/** Per path: each pair one point (its mean stated confidence, the share of its rows right). */
function fitIsotonicPaths(rows: PathRow[]): PathCalibration {
  const points = (rs: PathRow[]) => {
    const byPair = new Map<string, PathRow[]>();
    for (const r of rs) byPair.set(r.id, [...(byPair.get(r.id) ?? []), r]);
    return [...byPair.values()].map((prs) => ({
      p: prs.reduce((a, r) => a + r.confidence, 0) / prs.length,
      y: prs.filter((r) => r.verdict === r.label).length / prs.length,
    }));
  };
  const curve = (points: { p: number; y: number }[]) => {
    // Pairs stated at the same confidence share their rate (PAV would otherwise order them by label).
    const tied = new Map<number, number[]>();
    for (const x of points) tied.set(x.p, [...(tied.get(x.p) ?? []), x.y]);
    const ps = points.map((x) => {
      const ys = tied.get(x.p)!;
      return { p: x.p, y: ys.reduce((a, y) => a + y, 0) / ys.length };
    });
    const rate = ps.reduce((a, x) => a + x.y, 0) / Math.max(1, ps.length);
    return fitIsotonic(ps, { minBlock: 5, prior: { strength: 4, at: () => rate } });
  };
  const byPath: Partial<Record<VerdictPath, Calibration>> = {};
  for (const path of VERDICT_PATHS) {
    const ps = points(rows.filter((r) => r.path === path));
    if (ps.length >= ISOTONIC_MIN_PAIRS) byPath[path] = curve(ps);
  }
  return { kind: "isotonic", byPath, pooled: curve(points(rows)) };
}

/** The map fitted on rows (verdict16w's `shared` family with each pair's rows sharing one unit by default). */
export function fitPathCalibration(
  rows: PathRow[],
  calibrator: PathCalibrator = DEFAULT_CALIBRATOR,
): PathCalibration | undefined {
  if (rows.length < 10) return undefined;
  if (calibrator.family === "isotonic") return fitIsotonicPaths(rows);
  const inputs = FAMILY_INPUTS[calibrator.family];
  const anchored = calibrator.family === "anchored";
  const fit = fitLogisticRegression(
    rows.map((r) => pathInputs(r.path, r.confidence, r.features, inputs)),
    rows.map((r) => (r.verdict === r.label ? 1 : 0)),
    {
      l2: calibrator.l2 ?? PATH_L2,
      steps: 3000,
      rate: 0.5,
      // Anchored, a weight is a change of the path's own slope: free either way (the prior holds it).
      signs: inputs.map((k) => (anchored ? 0 : PATH_INPUT_SIGN[k])),
      weights: rowWeights(rows, calibrator.weighting),
      ...(anchored ? { offset: rows.map((r) => statedLogOdds(r.confidence)), standardize: false } : {}),
    },
  );
  return { inputs, ...fit, ...(anchored ? { anchored: true } : {}) };
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
    let logLoss = 0;
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
      const q = Math.min(1 - 1e-6, Math.max(1e-6, c));
      logLoss -= ok ? Math.log(q) : Math.log(1 - q);
    }
    return {
      rows: rs.length,
      accuracy: r3(right / rs.length),
      meanConfidence: r3(sum / rs.length),
      ece: r3(bins.reduce((s, b) => s + Math.abs(b.c - b.right), 0) / rs.length),
      brier: r3(brier / rs.length),
      logLoss: r3(logLoss / rs.length),
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
