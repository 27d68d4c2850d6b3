/**
 * Readiness, the FIT/UNFIT rule and confidence — the documented, deterministic core.
 *
 * readiness = weighted mean of the scores that have enough data:
 *   skills 0.45, experience 0.25, education 0.10, domainKnowledge 0.10,
 *   location 0.04, salary 0.03, cultureFit 0.03
 * (technicalSkills and softSkills are views of `skills` and are not counted twice). A score
 * without enough data drops out and the remaining weights are rescaled to 1.
 *
 * The verdict (decideVerdict): UNFIT when a hard must-have is missing (a spoken language the
 * ad requires) or a must-have skill is not found at all; otherwise the learned verdict
 * (verdict-model.ts: logistic regression over the sub-scores and the evidence for the ad's
 * typed requirements) decides, FIT at P(FIT) >= 0.5. A FIT with must-haves only partly met
 * names them as "credibly near".
 *
 * confidence = the chance the verdict is right: max(P, 1 - P), or, when a hard rule decided, the
 * rule's own fitted chance of being right (rule-probability.ts ruleProbabilityFit), moved toward
 * 0.5 by up to INCOMPLETE_SHRINK when scores lack data, then mapped by how often verdicts of the
 * same decision path were right out of sample (path-confidence.ts), when the model file has it.
 */

import type { GroupResult } from "./match.ts";
import type { VerdictPath } from "./path-confidence.ts";
import type { ScoreDetail, ScoreKey } from "./types.ts";
import { OPEN_GAPS_FIT_CONFIDENCE } from "./verdict-model.ts";

export const RULES_VERSION = "gap-rules-2";
export const FIT_THRESHOLD = 40;
export const CRITICAL_CREDIT = 0.5;

export const READINESS_WEIGHTS: Partial<Record<ScoreKey, number>> = {
  skills: 0.45,
  experience: 0.25,
  education: 0.1,
  domainKnowledge: 0.1,
  location: 0.04,
  salary: 0.03,
  cultureFit: 0.03,
};

export function computeReadiness(details: Partial<Record<ScoreKey, ScoreDetail>>): ScoreDetail {
  let total = 0;
  let earned = 0;
  const evidence: string[] = [];
  const skipped: string[] = [];
  for (const [key, weight] of Object.entries(READINESS_WEIGHTS) as [ScoreKey, number][]) {
    const d = details[key];
    if (!d || d.score === null) {
      skipped.push(key);
      continue;
    }
    total += weight;
    earned += weight * d.score;
    evidence.push(`${key} ${d.score} × ${weight}`);
  }
  // Readiness is always a number (stored analyses are sorted and charted by it); with nothing
  // to go on it is 0, says so, and confidence is low.
  if (total === 0)
    return {
      score: 0,
      enoughData: false,
      explanation: "Not enough data: no score could be computed, so readiness is 0.",
      evidence,
      weight: 0,
    };
  const score = Math.round(earned / total);
  return {
    score,
    enoughData: true,
    explanation: `Weighted mean of ${evidence.length} scores (weights rescaled over those with data)${skipped.length ? `; left out for lack of data: ${skipped.join(", ")}` : ""}.`,
    evidence,
    weight: 0,
  };
}

export interface UnmetCritical {
  label: string;
  reason: string;
}

export function unmetCriticals(
  results: GroupResult[],
  experience: { requiredYears?: number; heldYears: number; explicit: boolean },
): UnmetCritical[] {
  const out: UnmetCritical[] = [];
  for (const r of results) {
    if (!r.group.critical || r.credit >= CRITICAL_CREDIT) continue;
    out.push({
      label: r.group.label,
      reason: r.match
        ? `must-have ${r.group.label} only partly met (${r.match.skill}, credit ${r.credit.toFixed(2)})`
        : `must-have ${r.group.label} not found on your profile`,
    });
  }
  if (experience.explicit && experience.requiredYears && experience.heldYears < experience.requiredYears / 2)
    out.push({
      label: "experience",
      reason: `${experience.heldYears} relevant year(s) against the ${experience.requiredYears}+ the ad asks`,
    });
  return out;
}

/** A hard must-have the resume shows nothing for (a required spoken language). */
export interface HardUnmet {
  label: string;
  reason: string;
}

export { decideVerdict } from "./decide-verdict.ts";

/** Share of the distance from 0.5 that a profile with no scorable inputs at all gives up. */
export const INCOMPLETE_SHRINK = 0.2;
/**
 * The share of the distance from 0.5 a confidence keeps when a `completeness` share of the
 * readiness weight has data. The verdict's fit (fit-verdict.ts) maximises the likelihood of the
 * confidence as shown, through this same factor, so the shrink lowers confidence where data is
 * missing without leaving every pair under-confident.
 */
export function shownShare(completeness: number): number {
  return 1 - INCOMPLETE_SHRINK * (1 - clamp01(completeness));
}

/** The share of the readiness weight (scores that apply to this pair) that has data, 0..1. */
export function scoreCompleteness(
  details: Partial<Record<ScoreKey, { score: number | null; notAsked?: boolean }>>,
): number {
  let applicable = 0;
  let withData = 0;
  for (const [key, weight] of Object.entries(READINESS_WEIGHTS) as [ScoreKey, number][]) {
    const d = details[key];
    if (d?.notAsked) continue;
    applicable += weight;
    if (d && d.score !== null) withData += weight;
  }
  return applicable === 0 ? 0 : withData / applicable;
}

/** With nothing scored the verdict is barely better than a coin toss. */
export const NO_DATA_CONFIDENCE = 0.55;

/** What the verdict's confidence is computed from (computeConfidence; the fit's predict). */
export interface ConfidenceInput {
  probability: number;
  decidedByRule: boolean;
  /** P(FIT) of a pair a hard rule calls UNFIT (the chance the rule is wrong); used when decidedByRule. */
  ruleProbability: number;
  /** False when no score could be computed: the verdict is a guess. */
  enoughData: boolean;
  /** Required skills or licences listed as high or critical gaps. */
  openRequiredGaps?: number;
  /** The most a FIT may claim while such gaps are open (verdict-model.ts openGapsFitConfidence). */
  openGapsFitConfidence?: number;
  /**
   * Set when the described-role gate calls the role another field's work (described-gate.ts):
   * the gate's own calibrated chance of being right, which the UNFIT then states.
   */
  otherFieldConfidence?: number;
  /**
   * The stated confidence's map per decision path, learned out of sample (path-confidence.ts):
   * given, it replaces the open-gaps cap (the "near" path is its own input) and maps the number
   * after the missing-data shrink, so the map reads the number the person would have read.
   */
  statedMap?: { path: VerdictPath; map: (path: VerdictPath, confidence: number) => number };
}

/** The chance the verdict is right before the missing-data shrink. */
function decidedConfidence(input: ConfidenceInput): number {
  const p = clamp01(input.probability);
  // A FIT with required gaps still open is a call on balance: it claims no more than such calls
  // were measured to be right (fit-verdict.ts), never "90%" beside must-haves listed as missing.
  const openCap =
    !input.statedMap && !input.decidedByRule && p >= 0.5 && (input.openRequiredGaps ?? 0) > 0
      ? (input.openGapsFitConfidence ?? OPEN_GAPS_FIT_CONFIDENCE)
      : 1;
  return input.decidedByRule
    ? Math.max(0.5, 1 - clamp01(input.ruleProbability))
    : !input.enoughData
      ? NO_DATA_CONFIDENCE
      : input.otherFieldConfidence !== undefined
        ? Math.max(0.5, clamp01(input.otherFieldConfidence))
        : Math.min(openCap, Math.max(p, 1 - p));
}

/**
 * The confidence shown beside the verdict (unrounded), from the inputs and the share of the
 * readiness weight with data. One function for the analysis and for the verdict fit
 * (eval/verdict-fit.ts predict), so the fit is measured on the number the person reads.
 */
export function confidenceValue(input: ConfidenceInput, completeness: number): number {
  // Scores left without data (salary, location, culture not stated) leave part of the picture
  // unseen: the confidence moves toward a coin toss by up to INCOMPLETE_SHRINK.
  // The described-role gate's confidence is fitted on its own pairs and says whether the role
  // is the person's field, which no unstated preference bears on: stated as fitted.
  if (gateDecided(input)) return decidedConfidence(input);
  const shown = 0.5 + (decidedConfidence(input) - 0.5) * shownShare(completeness);
  // With nothing scored the verdict is a guess: no path's record speaks for it.
  return input.statedMap && input.enoughData ? input.statedMap.map(input.statedMap.path, shown) : shown;
}

const gateDecided = (input: ConfidenceInput) =>
  !input.decidedByRule && input.enoughData && input.otherFieldConfidence !== undefined;

/**
 * confidence = the chance the verdict is right: max(P, 1 - P) for the learned verdict's P(FIT)
 * (fitted as a probability, so calibrated by construction; the fit eval reports its ECE), or
 * 1 - ruleProbability when a hard rule decided (fitted on the pairs the rules decide: a rule
 * overriding a profile that has held this kind of job is less sure than one on a stranger). The explanation still names what was
 * missing (completeness, parse quality, evidence coverage), which the model weighs through
 * its inputs.
 */
export function computeConfidence(
  input: ConfidenceInput & {
    details: Partial<Record<ScoreKey, ScoreDetail & { notAsked?: boolean }>>;
    results: GroupResult[];
    profileParse: number;
    jobParse: number;
  },
): ScoreDetail & { value: number } {
  const completeness = scoreCompleteness(input.details);
  const parse = (clamp01(input.profileParse) + clamp01(input.jobParse)) / 2;
  const n = input.results.length;
  const coverage =
    n === 0
      ? 0
      : input.results.reduce((sum, r) => {
          if (!r.match) return sum + 0.8;
          return sum + (r.match.evidence.some((e) => e.startsWith("listed without")) ? 0.6 : 1);
        }, 0) / n;
  const p = clamp01(input.probability);
  const decided = decidedConfidence(input);
  const value = Math.round(confidenceValue(input, completeness) * 1000) / 1000;
  const stated = statedFitPercent(p, value);
  // With the per-path map the number stated is how often such calls were right out of sample.
  const why = input.statedMap
    ? "how often calls like this were right on pairs not fitted on"
    : "for the scores without data";
  const learned = `The learned verdict gives a ${pct(p)} chance of fit${stated !== Math.round(p * 100) ? `, stated as ${stated}% (${why})` : ""}`;
  return {
    value,
    score: Math.round(value * 100),
    enoughData: true,
    // With nothing scored the verdict is UNFIT for want of data, whatever P says: the explanation
    // never states a "chance of fit" beside it (issue 13: "93% chance of fit" under that UNFIT).
    explanation: `${input.decidedByRule ? `A hard must-have decided the verdict (${pct(input.statedMap ? value : decided)} sure for pairs like this)` : !input.enoughData ? `Nothing in the ad could be scored against your profile, so the verdict is close to a guess (${pct(value)})` : gateDecided(input) ? `The described-role check decided the verdict: the role reads as another field's work (${pct(value)} sure for pairs like this)` : learned}; completeness ${pct(completeness)}, parse quality ${pct(parse)}, evidence coverage ${pct(coverage)}.`,
    evidence: (Object.entries(input.details) as [ScoreKey, ScoreDetail & { notAsked?: boolean }][])
      .filter(([, d]) => d.score === null && !d.notAsked && d.weight > 0)
      .map(([k, d]) => `${k}: ${d.explanation}`),
    weight: 0,
  };
}

/**
 * P(FIT) in percent as a confidence `value` (the chance the verdict is right, 0..1) states it:
 * the confidence for a FIT, its complement for an UNFIT, from the same rounded percent so the
 * two numbers the person reads always add up.
 */
export function statedFitPercent(probability: number, confidenceValue: number): number {
  const shown = Math.round(confidenceValue * 100);
  return probability >= 0.5 ? shown : 100 - shown;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const pct = (x: number) => `${Math.round(x * 100)}%`;
