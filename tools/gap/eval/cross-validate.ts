/**
 * The verdict fit's outer cross-validation (fit-verdict.ts): out-of-fold P(FIT) of labelled
 * pairs under one calibration choice, each fold predicted by a model fitted without it.
 */

import { probabilityFit } from "../verdict-model.ts";
import { foldAssignment, groupedFoldAssignment } from "./folds.ts";
import type { OutOfFoldCall } from "./open-gaps-cap.ts";
import {
  DEFAULT_SETTINGS,
  decidedByRule,
  type Example,
  type FitSettings,
  FOLDS,
  fitCalibrated,
  predict,
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
  options: { settings?: FitSettings; folds?: number; seed?: number; grouped?: boolean } = {},
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
  for (let fold = 0; fold < folds; fold++) {
    const train = [...always, ...rotated.filter((_, i) => foldOf[i] !== fold)];
    const model = fitCalibrated(
      choice,
      train.filter((e) => !decidedByRule(e)),
      border.filter((e, i) => borderFold[i] !== fold && !decidedByRule(e)),
      train.filter(decidedByRule),
      options.settings ?? DEFAULT_SETTINGS,
    );
    rotated.forEach((e, i) => {
      if (foldOf[i] === fold)
        cv.push({
          p: predict(model, e),
          calibrated: probabilityFit(model, e.features),
          label: e.label,
          id: e.id,
        });
    });
    border.forEach((e, i) => {
      if (borderFold[i] === fold) cvBorder.push({ p: predict(model, e), label: e.label, id: e.id });
    });
  }
  return { cv, cvBorder };
}
