/**
 * The verdict fit's outer cross-validation (fit-verdict.ts): out-of-fold P(FIT) of labelled
 * pairs under one calibration choice, each fold predicted by a model fitted without it.
 */
import { foldAssignment } from "./folds.ts";
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
 */
export function crossValidate(
  choice: string,
  rotated: Example[],
  always: Example[],
  border: Example[],
  options: { settings?: FitSettings; folds?: number; seed?: number } = {},
) {
  const folds = options.folds ?? FOLDS;
  const foldOf = foldAssignment(rotated.length, folds, options.seed ?? 0);
  const borderFold = foldAssignment(border.length, folds, options.seed ?? 0);
  const cv: { p: number; label: string; id: string }[] = [];
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
      if (foldOf[i] === fold) cv.push({ p: predict(model, e), label: e.label, id: e.id });
    });
    border.forEach((e, i) => {
      if (borderFold[i] === fold) cvBorder.push({ p: predict(model, e), label: e.label, id: e.id });
    });
  }
  return { cv, cvBorder };
}
