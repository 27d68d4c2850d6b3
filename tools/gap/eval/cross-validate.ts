/**
 * The verdict fit's outer cross-validation (fit-verdict.ts): out-of-fold P(FIT) of labelled
 * pairs under one calibration choice, each fold predicted by a model fitted without it.
 */

import { probabilityFit } from "../verdict-model.ts";
import { foldAssignment, groupedFoldAssignment } from "./folds.ts";
import type { OutOfFoldCall } from "./open-gaps-cap.ts";
import {
  asProbability,
  DEFAULT_CALIBRATOR,
  fitPathCalibration,
  mappedConfidence,
  type PathCalibrator,
  type PathRow,
} from "./path-calibration-fit.ts";
import {
  DEFAULT_SETTINGS,
  decidedByRule,
  type Example,
  type FitSettings,
  FOLDS,
  fitCalibrated,
  predictPath,
} from "./verdict-fit.ts";

/**
 * Out-of-fold P(FIT) under one calibration choice: the `rotated` pairs are split into `folds`
 * folds, each predicted by a model fitted without it (`always` pairs are trained on in every
 * fold; BORDERLINE pairs rotate alongside for the judgement-call shrink). `seed` 0 puts pair i
 * in fold i % folds; another seed shuffles the pairs first (repeated cross-validation).
 * `grouped`: rotated and BORDERLINE pairs that share a resume or an ad (Example resume / ad) are
 * kept in one fold, so no pair is predicted by a model that saw its resume or its ad.
 */
export function crossValidate(
  choice: string,
  rotated: Example[],
  always: Example[],
  border: Example[],
  options: {
    settings?: FitSettings;
    folds?: number;
    seed?: number;
    grouped?: boolean;
    /**
     * Map each fold's confidences per decision path (path-confidence.ts), the map of fold k fitted
     * on the other folds' rows and on `heldOut`'s rows (cross-fitting): out of fold for the map too.
     */
    pathMap?: boolean;
    /** Pairs no fold model is fitted on (the extra outside-style pairs): each fold model's verdicts on them are map rows. */
    heldOut?: Example[];
    /** The map's family and weighting (path-calibration-fit.ts; verdict16w's by default). */
    calibrator?: PathCalibrator;
  } = {},
) {
  const folds = options.folds ?? FOLDS;
  const seed = options.seed ?? 0;
  const together = options.grouped
    ? groupedFoldAssignment(
        [...rotated, ...border].map((e) => [e.resume, e.ad].flatMap((k, i) => (k ? [`${i}:${k}`] : []))),
        folds,
        seed,
      )
    : undefined;
  const foldOf = together?.slice(0, rotated.length) ?? foldAssignment(rotated.length, folds, seed);
  const borderFold = together?.slice(rotated.length) ?? foldAssignment(border.length, folds, seed);
  // `calibrated`: the fold model's P(FIT) before the open-gaps cap (open-gaps-cap.ts fits it).
  const cv: Required<OutOfFoldCall>[] = [];
  const cvBorder: { p: number; label: string; id: string }[] = [];
  // Each verdict's path and unmapped confidence, by fold (the rows the per-path map is fitted on).
  const rows: { fold: number; row: PathRow; calibrated: number }[] = [];
  const borderRows: { fold: number; row: PathRow }[] = [];
  const heldRows: { fold: number; row: PathRow }[] = [];
  // Each held-out pair has a fold too (grouped like the rotated pairs): it is scored by that fold's
  // model and map, and that map is fitted without its rows, so its number is out of sample for both.
  const held = options.heldOut ?? [];
  const heldFold = groupedFoldAssignment(
    held.map((e) => [e.resume, e.ad].flatMap((k, i) => (k ? [`${i}:${k}`] : []))),
    folds,
    seed,
  );
  for (let fold = 0; fold < folds; fold++) {
    const train = [...always, ...rotated.filter((_, i) => foldOf[i] !== fold)];
    const model = fitCalibrated(
      choice,
      train.filter((e) => !decidedByRule(e)),
      border.filter((e, i) => borderFold[i] !== fold && !decidedByRule(e)),
      train.filter(decidedByRule),
      options.settings ?? DEFAULT_SETTINGS,
    );
    const forMap = !!options.pathMap;
    rotated.forEach((e, i) => {
      if (foldOf[i] === fold)
        rows.push({
          fold,
          row: predictPath(model, e, forMap),
          calibrated: probabilityFit(model, e.features),
        });
    });
    border.forEach((e, i) => {
      if (borderFold[i] === fold) borderRows.push({ fold, row: predictPath(model, e, forMap) });
    });
    // Every fold model's verdict on every held-out pair is a map row; the held pair's own fold's is its score.
    held.forEach((e) => {
      heldRows.push({ fold, row: predictPath(model, e, forMap) });
    });
  }
  const heldIndex = new Map(held.map((e, i) => [e.id, i]));
  // Fold k's map: fitted on the other folds' rows and the held-out pairs outside fold k (none without pathMap).
  const maps = Array.from({ length: folds }, (_, k) =>
    options.pathMap
      ? fitPathCalibration(
          [
            ...rows.filter((r) => r.fold !== k).map((r) => r.row),
            ...heldRows.filter((r) => heldFold[heldIndex.get(r.row.id)!] !== k).map((r) => r.row),
          ],
          options.calibrator ?? DEFAULT_CALIBRATOR,
        )
      : undefined,
  );
  const stated = (fold: number, row: PathRow) =>
    asProbability(row.verdict, mappedConfidence(maps[fold], row));
  for (const { fold, row, calibrated } of rows)
    cv.push({ p: stated(fold, row), calibrated, label: row.label, id: row.id });
  for (const { fold, row } of borderRows)
    cvBorder.push({ p: stated(fold, row), label: row.label, id: row.id });
  // The held-out pairs as unseen pairs show: each by its own fold's model and map.
  const cvHeld = heldRows
    .filter((r) => heldFold[heldIndex.get(r.row.id)!] === r.fold)
    .map(({ fold, row }) => ({ p: stated(fold, row), label: row.label, id: row.id }));
  return { cv, cvBorder, cvHeld, rows, heldRows, heldFold, maps };
}
