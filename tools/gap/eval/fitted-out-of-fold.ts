/**
 * The verdict fit's out-of-fold numbers on outside-style pairs, as fit-verdict.ts --with-more
 * recorded them in verdict-model.json (fitted.withMore.outsideFolds: the outside dev pairs and
 * the team's extra pairs rotated through 6 folds x 3 fold assignments, the team pairs always
 * trained on). The fit eval reports them beside the in-sample dev.ece / dev.brier: a model
 * calibrated for unseen pairs states the dev pairs it was trained on as it would state unseen
 * ones, so an in-sample ECE measures how far it was fitted, not how honest it is. Not gated yet
 * (the shipped model is fitted without --with-more; calib13c note).
 */
import { verdictModel } from "../verdict-model.ts";

export interface OutOfFoldScores {
  accuracy: number;
  recallFit: number;
  recallUnfit: number;
  ece: number;
  logLoss: number;
  brier: number;
}

export interface FittedOutOfFold {
  /** Outside dev + extra pairs together, each part, and how they were rotated. */
  all: OutOfFoldScores;
  dev: OutOfFoldScores;
  more: OutOfFoldScores;
  folds: number;
  seeds: number;
}

/** Undefined when the model was fitted without --with-more (nothing recorded to gate on). */
export function fittedOutOfFold(): FittedOutOfFold | undefined {
  const withMore = verdictModel().fitted.withMore as { outsideFolds?: FittedOutOfFold } | undefined;
  return withMore?.outsideFolds;
}

/** One part of the grouped out-of-fold report (grouped-report.ts). */
export interface GroupedScores extends OutOfFoldScores {
  predictions: number;
  fitF1: number;
}

export interface FittedGroupedOutOfFold extends GroupedScores {
  folds: number;
  seeds: number;
  pairs: number;
  team: GroupedScores;
  dev: GroupedScores;
}

/**
 * The grouped out-of-fold scores fit-verdict.ts records on every fit (fitted.groupedOutOfFold:
 * team training pairs + clear outside dev pairs, pairs sharing a resume or an ad in one fold);
 * undefined for a model fitted before they were recorded.
 */
export function fittedGroupedOutOfFold(): FittedGroupedOutOfFold | undefined {
  return verdictModel().fitted.groupedOutOfFold as FittedGroupedOutOfFold | undefined;
}
