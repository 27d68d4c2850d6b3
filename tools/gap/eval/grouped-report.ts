/**
 * The verdict fit's grouped out-of-fold report (fit-verdict.ts, recorded in verdict-model.json
 * as fitted.groupedOutOfFold and read by the fit eval as oof.*): the team's training pairs and
 * the clear outside dev pairs rotated through folds with every pair sharing a resume or an ad
 * in one fold, scored on all of them and on each set — the team part with the FIT F1 the eval's
 * team gate reads, so a refit is judged on unseen pairs and not on pairs it was fitted on.
 */
import { accuracy, adaptiveEce, brier, ece, logLoss, meanConfidence, type Scored } from "./fit-scores.ts";
import type { Example } from "./verdict-fit.ts";
import { FOLDS, SEEDS } from "./verdict-fit.ts";

type Prediction = { p: number; label: string; id: string };
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** F1 of the FIT calls (P >= 0.5) against the FIT labels. */
export function fitF1(ps: { p: number; label: string }[]): number {
  const called = ps.filter((x) => x.p >= 0.5);
  const hit = called.filter((x) => x.label === "FIT").length;
  const fits = ps.filter((x) => x.label === "FIT").length;
  return called.length + fits === 0 ? 0 : (2 * hit) / (called.length + fits);
}

/** The scores of out-of-fold P(FIT) over clear pairs, with the mean confidence on BORDERLINE ones. */
export function outOfFoldScores(cv: Scored[], cvBorder: Scored[]) {
  return {
    accuracy: r3(accuracy(cv)),
    recallFit: r3(accuracy(cv, "FIT")),
    recallUnfit: r3(accuracy(cv, "UNFIT")),
    ece: r3(ece(cv)),
    adaptiveEce: r3(adaptiveEce(cv)),
    logLoss: r3(logLoss(cv)),
    brier: r3(brier(cv)),
    meanConfidenceClear: r3(meanConfidence(cv)),
    meanConfidenceBorderline: r3(meanConfidence(cvBorder)),
  };
}

// Clear pairs only: the grouped report carries no BORDERLINE mean (the pooled one does).
const summary = (ps: Prediction[]) => {
  const { meanConfidenceBorderline: _none, ...scores } = outOfFoldScores(ps, []);
  return { predictions: ps.length, fitF1: r3(fitF1(ps)), ...scores };
};

/** Mean stated confidence minus accuracy (> 0: over-sure), what the lead's fit-blind reads on clear pairs. */
function meanGap(ps: Prediction[]): number {
  const conf = ps.reduce((a, x) => a + Math.max(x.p, 1 - x.p), 0) / Math.max(1, ps.length);
  return conf - accuracy(ps);
}

/**
 * All grouped out-of-fold predictions (SEEDS fold assignments pooled), then the team and dev parts,
 * and `more`: the extra pairs no fold model is fitted on, each by its own fold's model and map.
 */
export function groupedReport(cv: Prediction[], examples: Example[], held: Prediction[] = []) {
  const setOf = new Map(examples.map((e) => [e.id, e.set]));
  const part = (set: Example["set"]) => summary(cv.filter((c) => setOf.get(c.id) === set));
  return {
    folds: FOLDS,
    seeds: SEEDS.length,
    pairs: new Set(cv.map((c) => c.id)).size,
    ...summary(cv),
    team: part("team"),
    dev: part("dev"),
    ...(held.length ? { more: { ...summary(held), meanConfidenceGap: r3(meanGap(held)) } } : {}),
  };
}
