/**
 * Which of the verdict's inputs (verdict-model.ts FEATURE_NAMES) the learned verdict is fitted
 * on (verdict-fit.ts), and why. `VERDICT_INPUTS=a,b` fits on those instead;
 * `VERDICT_LEFT_OUT=a,b` on every input but those (`VERDICT_LEFT_OUT=` keeps every input).
 *
 * Chosen 2026-12-06 (branch verdict13r) for inputs that carry to pairs the fit never saw. The
 * earlier set (19 inputs) read 0.944 on the dev pairs it was fitted on and 0.688 on the frozen
 * outside pairs (FIT recall 0.53): it leaned on inputs whose link to the label holds on the dev
 * pairs only. Measured per input, AUC FIT vs UNFIT on the clear pairs no rule decides (dev 26 /
 * team 11 / extra 32, evals/data/fit/pairs-more.jsonl): the share of the job's skill requirements
 * met (skillsMetShare) 0.65 / 0.79 / 0.77, askCoverage 0.57 / 0.61 / 0.77, askWeakest 0.67 /
 * 0.64 / 0.74, qualificationWeakest 0.75 / 0.71 / 0.68, skills 0.66 / 0.66 / 0.65 — on the
 * right side in all three — while criticalUnmet 0.31 / 0.50 / 0.54, themeAskUnmet 0.45 / 0.66 /
 * 0.35, yearsShort 0.25 / 0.50 / 0.52, wordCoverage 0.49 / 0.89 / 0.65, titleSimilarity
 * 0.47 / 0.29 / 0.36 and domain 0.54 / 0.52 / 0.56 change side or carry nothing. Kept: the
 * inputs on the right side in all three sets, plus the education and theme inputs the team and
 * dev fit weighs. Grouped out of fold (team + dev + extra pairs rotated together, 6 folds x 3
 * fold assignments, pairs sharing a resume or an ad in one fold, L2 12, isotonic-min5-prior0.5,
 * the required-asks rule on top; tools/gap/eval/verdict-inputs-cv.ts): accuracy 0.792 -> 0.808,
 * FIT recall 0.802 -> 0.847, UNFIT recall 0.787 both, ECE 0.100 -> 0.063, Brier 0.152 both; on
 * the extra pairs 0.651 -> 0.690 (FIT recall 0.615 -> 0.744), dev 0.917 -> 0.926, team 0.852
 * -> 0.840. Fitting on the extra pairs as well was worse out of fold with every input set tried
 * (this set: accuracy 0.808 -> 0.774, FIT recall 0.847 -> 0.712, and on the extra pairs
 * themselves 0.690 -> 0.667): they are a third FIT where the dev pairs are two thirds, so the
 * pooled fit learns a lower base rate and calls fewer FITs — the under-call it was meant to cure.
 *
 * History of inputs left out before (each measured then): askMissingShare restates askWeakest;
 * qualificationUnmetShare barely weighed by the team + dev fit (pooled log loss 0.357 -> 0.358);
 * occupationCloseness weight 0 at every L2 and calibration (branch verdict13f) and tuned to the
 * dev set where read confidently (AUC 0.72 dev, 0.32 extra; verdict13g); coreAsksShown weight 0
 * (verdict13g).
 */
import { FEATURE_NAMES, type FeatureName } from "../verdict-model.ts";

export const MODEL_INPUTS: readonly FeatureName[] = [
  "skillsMetShare",
  "askCoverage",
  "askWeakest",
  "qualificationWeakest",
  "qualificationMissingShare",
  "readiness",
  "skills",
  "experience",
  "education",
  "educationShort",
  "yearsAskShort",
  "focusCoverage",
  "requiredUnevidenced",
];

/** The inputs the fit leaves out by default (or as the environment says). */
export function defaultLeftOut(env: NodeJS.ProcessEnv = process.env): readonly string[] {
  if (env.VERDICT_LEFT_OUT !== undefined) return env.VERDICT_LEFT_OUT.split(",").filter(Boolean);
  const kept = env.VERDICT_INPUTS?.split(",") ?? MODEL_INPUTS;
  return FEATURE_NAMES.filter((k) => !kept.includes(k));
}
