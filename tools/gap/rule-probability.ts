/**
 * How sure an UNFIT decided by a hard rule is (a must-have not found, a required spoken language
 * missing): P(FIT) of such a pair, the chance the rule is wrong, from a logistic regression over
 * RULE_INPUTS fitted by tools/gap/eval/verdict-fit.ts fitRuleConfidence (moved out of
 * verdict-model.ts, which keeps the learned verdict).
 */
import { logOdds, sigmoid } from "../ml/logistic-regression.ts";
import { type Features, probabilityFit, type VerdictModel } from "./verdict-model.ts";

/**
 * Inputs of the hard rules' confidence: how strongly everything else argues for FIT (the
 * learned verdict's log-odds, which the rules override) and how much the rules found missing.
 */
// mustHaveNearShare (must-have-near.ts) was tried as a fifth input (verdict16w, 2026-12-07): on
// the team, dev and extra pairs the rules decide, 14 of the 40 right UNFITs have every missing
// must-have near by the same reading, as 2 of the 3 wrong ones do (AUC about 0.6 on 3 wrong pairs); it is an input
// of the per-path map (path-confidence.ts) instead.
export const RULE_INPUTS = ["verdictLogOdds", "mustHaveListedShare", "mustHaveMissing", "hardUnmet"] as const;
export type RuleInput = (typeof RULE_INPUTS)[number];
/** More evidence elsewhere makes the rule's UNFIT less sure; more missing makes it surer. */
export const RULE_INPUT_SIGN: Record<RuleInput, 1 | -1> = {
  verdictLogOdds: 1,
  mustHaveListedShare: 1,
  mustHaveMissing: -1,
  hardUnmet: -1,
};

const LOGIT_CAP = 6;
/** The rule inputs of a pair, in the order the model file's fit names them (RULE_INPUTS to fit anew). */
export function ruleInputs(
  model: VerdictModel,
  features: Features,
  names: readonly RuleInput[] = model.ruleConfidence?.inputs ?? RULE_INPUTS,
): number[] {
  const p = Math.min(1 - 1e-4, Math.max(1e-4, probabilityFit(model, features)));
  const logOddsFit = Math.max(-LOGIT_CAP, Math.min(LOGIT_CAP, Math.log(p / (1 - p))));
  return names.map((k) => (k === "verdictLogOdds" ? logOddsFit : (features[k] ?? 0)));
}

/**
 * P(FIT) of a pair a hard rule calls UNFIT: the chance the rule is wrong. Without a fitted map
 * (an old model file) the rules' measured record stands in (HARD_RULE_P_FIT).
 */
export function ruleProbabilityFit(model: VerdictModel, features: Features): number {
  const fit = model.ruleConfidence;
  if (!fit) return HARD_RULE_P_FIT;
  return sigmoid(logOdds(fit, ruleInputs(model, features)));
}
/** 1 - the share of labelled pairs the hard rules decided that they got right (2026-12-02: 0.9). */
export const HARD_RULE_P_FIT = 0.1;
