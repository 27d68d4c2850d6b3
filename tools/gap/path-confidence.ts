/**
 * The stated confidence's last map, learned out of sample per decision path (issue 13,
 * verdict16w). The verdict is decided by one of four parts of the analysis — a hard rule (a
 * must-have not found, a required language missing), the required-asks rule (verdict-rule.ts),
 * the learned verdict calling FIT beside required gaps still open ("near"), or the learned
 * verdict alone — and each part's own confidence was fitted on the team and dev pairs the
 * analysis was tuned on. Out of sample it did not hold: on the lead's frozen fit-blind set the
 * clear pairs were right 0.69 of the time at a mean confidence 0.80, worst where a must-have rule
 * decided (four FIT pairs UNFIT at 0.94-0.97). On the team's extra outside-style pairs, never
 * trained on, the same paths read: hard rule right 0.82 at 0.91, near FIT right 0.46 at 0.71.
 *
 * So the confidence shown is mapped once more: P(verdict right) = sigmoid(w · inputs), a
 * logistic regression over the log-odds of the confidence the path states (its weight kept >= 0,
 * so a surer call is never shown less sure within a path), which path decided, and how near
 * what the path read as missing is (must-have-near.ts, verdict-near.ts). It is fitted by
 * tools/gap/eval/path-calibration-fit.ts on out-of-fold rows only: the grouped cross-validation's
 * predictions of the team and dev pairs and the fold models' predictions of the extra pairs,
 * which no fold model was fitted on. Absent in an older model file: the path's own number stands.
 */
import { type LogisticFit, logOdds, sigmoid } from "../ml/logistic-regression.ts";
import { type Calibration, calibrate } from "./calibration.ts";
import type { Features } from "./verdict-model.ts";

/** Which part of the analysis decided the verdict. */
export type VerdictPath = "rule" | "requiredAsks" | "near" | "model";
export const VERDICT_PATHS: readonly VerdictPath[] = ["rule", "requiredAsks", "near", "model"];

/** The calibration's inputs (the learned verdict alone is the base every indicator is read against). */
export const PATH_INPUTS = [
  "confidenceLogOdds",
  "rule",
  "requiredAsks",
  "near",
  "ruleMustHaveNear",
  "nearGapsReasoned",
  // A slope of the stated log-odds per path (verdict17w): a path's own shrink, so an over-sure
  // path (the hard rules out of sample) can be softened more than a modest one.
  "ruleLogOdds",
  "requiredAsksLogOdds",
  "nearLogOdds",
  "modelLogOdds",
] as const;
export type PathInput = (typeof PATH_INPUTS)[number];
/**
 * +1: a surer path is never shown less sure. -1: a rule's UNFIT over must-haves near all the
 * same is less sure. 0: free (which path, and whether a FIT's open gaps have reasons to be near).
 */
export const PATH_INPUT_SIGN: Record<PathInput, 1 | -1 | 0> = {
  confidenceLogOdds: 1,
  rule: 0,
  requiredAsks: 0,
  near: 0,
  ruleMustHaveNear: -1,
  nearGapsReasoned: 0,
  ruleLogOdds: 1,
  requiredAsksLogOdds: 1,
  nearLogOdds: 1,
  modelLogOdds: 1,
};

/**
 * The map: a logistic regression over PATH_INPUTS (the names it was fitted on in `inputs`), or
 * (verdict17w) an isotonic curve of P(right) over the stated confidence per path, pulled toward
 * the path's own rate where its blocks are small, `pooled` for a path seen too rarely.
 */
export type PathCalibration =
  | (LogisticFit & {
      kind?: "logistic";
      inputs: readonly PathInput[];
      /**
       * verdict18w: the fit starts from the stated log-odds (an offset) and its L2 pulls every
       * weight toward 0, a prior centred on "the path's own number": a path seen on few pairs (the
       * required-asks rule, 18 pairs all right) moves only as far as they show, and a path's slope
       * is 1 + its weight, so a surer call stays surer unless many pairs say otherwise.
       */
      anchored?: boolean;
    })
  | { kind: "isotonic"; byPath: Partial<Record<VerdictPath, Calibration>>; pooled: Calibration };

const LOGIT_CAP = 5;
/** The log-odds of a stated confidence as the map reads it (at least a coin toss, capped). */
export function statedLogOdds(confidence: number): number {
  const c = Math.min(1 - 1e-3, Math.max(0.5, confidence));
  return Math.min(LOGIT_CAP, Math.log(c / (1 - c)));
}

/** The inputs of one decided verdict: its path, the confidence the path states, and the nearness inputs. */
export function pathInputs(
  path: VerdictPath,
  confidence: number,
  features: Pick<Features, "mustHaveNearShare" | "requiredGapsNearShare">,
  names: readonly PathInput[] = PATH_INPUTS,
): number[] {
  const odds = statedLogOdds(confidence);
  const values: Record<PathInput, number> = {
    confidenceLogOdds: odds,
    rule: path === "rule" ? 1 : 0,
    requiredAsks: path === "requiredAsks" ? 1 : 0,
    near: path === "near" ? 1 : 0,
    ruleMustHaveNear: path === "rule" ? (features.mustHaveNearShare ?? 0) : 0,
    nearGapsReasoned: path === "near" ? (features.requiredGapsNearShare ?? 0) : 0,
    ruleLogOdds: path === "rule" ? odds : 0,
    requiredAsksLogOdds: path === "requiredAsks" ? odds : 0,
    nearLogOdds: path === "near" ? odds : 0,
    modelLogOdds: path === "model" ? odds : 0,
  };
  return names.map((k) => values[k]);
}

/**
 * The confidence shown for a verdict its path states at `confidence`: the fitted chance such a
 * verdict is right, never below a coin toss (the verdict is the likelier call). Without a map:
 * `confidence` as the path states it.
 */
export function pathConfidence(
  calibration: PathCalibration | undefined,
  path: VerdictPath,
  confidence: number,
  features: Pick<Features, "mustHaveNearShare" | "requiredGapsNearShare">,
): number {
  if (!calibration) return confidence;
  if (calibration.kind === "isotonic")
    return Math.max(0.5, calibrate(calibration.byPath[path] ?? calibration.pooled, confidence));
  const start = calibration.anchored ? statedLogOdds(confidence) : 0;
  return Math.max(
    0.5,
    sigmoid(start + logOdds(calibration, pathInputs(path, confidence, features, calibration.inputs))),
  );
}

/**
 * The path of a verdict the learned verdict or a hard rule decides (the required-asks rule is
 * applied after, verdict-rule.ts): a FIT beside required gaps the verdict sees as open is "near".
 */
export function verdictPathOf(input: {
  decidedByRule: boolean;
  probability: number;
  requiredGapsOpen: number;
}): VerdictPath {
  if (input.decidedByRule) return "rule";
  return input.probability >= 0.5 && input.requiredGapsOpen > 0 ? "near" : "model";
}
