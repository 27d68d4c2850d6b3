/**
 * The most a FIT may claim while required gaps are open (readiness.ts decidedConfidence,
 * verdict-model.ts openGapsFitConfidence), fitted on out-of-fold calls as a one-number
 * recalibration of that subgroup: the cap c that minimises the Brier score of the confidence
 * the person would read, 0.5 + (min(P, c) - 0.5) x shownShare(completeness), over the FIT calls
 * with required gaps open (P the fold model's calibrated P(FIT), before any cap).
 *
 * Why not the share of such calls that were right (the rule until issue 13, verdict14w): a cap
 * binds only the calls stated above it, so the share over all of them — most of the wrong ones
 * sit near 0.5 — held right calls at 0.9 down to it: 0.676 on 2026-12-06's analyses, which moved
 * every right dev FIT with an open must-have from ~0.9 to ~0.68 (dev ECE 0.082 -> 0.143). The
 * Brier-optimal cap is the share right among the calls it binds (its fixed point), so it is
 * honest where it acts and leaves the calls below it as calibrated.
 */
import { shownShare } from "../readiness.ts";
import { decidedByRule, type Example } from "./verdict-fit.ts";

/** An out-of-fold call: P(FIT) as stated, and the fold model's calibrated P before any cap. */
export interface OutOfFoldCall {
  p: number;
  label: string;
  id: string;
  calibrated?: number;
}

/** Caps tried: 0.500, 0.501, ... 1.000 (1 = no cap). */
const STEP = 0.001;

export function fitOpenGapsConfidence(oof: OutOfFoldCall[], examples: Example[]) {
  const byId = new Map(examples.map((e) => [e.id, e]));
  const calls = oof.flatMap((c) => {
    const e = byId.get(c.id);
    const p = c.calibrated ?? c.p;
    return e && !decidedByRule(e) && p >= 0.5 && e.features.requiredGapsOpen > 0
      ? [{ p, right: c.label === "FIT" ? 1 : 0, share: shownShare(e.completeness) }]
      : [];
  });
  const brierAt = (cap: number) =>
    calls.reduce((s, c) => s + (c.right - (0.5 + (Math.min(c.p, cap) - 0.5) * c.share)) ** 2, 0) /
    Math.max(1, calls.length);
  let best = { cap: 1, brier: brierAt(1) };
  // Ascending, strictly better only: of equal scores the lowest cap (the claim no larger than
  // the calls support).
  for (let cap = 0.5; cap < 1; cap += STEP) {
    const brier = brierAt(cap);
    if (brier < best.brier - 1e-12) best = { cap, brier };
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const bound = best.cap;
  const binds = calls.filter((c) => c.p > bound);
  return {
    calls: calls.length,
    right: calls.reduce((s, c) => s + c.right, 0),
    /** The calls the cap binds (P above it) and how many of them were right. */
    bound: binds.length,
    boundRight: binds.reduce((s, c) => s + c.right, 0),
    brier: r3(best.brier),
    brierUncapped: r3(brierAt(1)),
    confidence: r3(bound),
  };
}
