/**
 * Readiness, the FIT/UNFIT rule and confidence — the documented, deterministic core.
 *
 * readiness = weighted mean of the scores that have enough data:
 *   skills 0.45, experience 0.25, education 0.10, domainKnowledge 0.10,
 *   location 0.04, salary 0.03, cultureFit 0.03
 * (technicalSkills and softSkills are views of `skills` and are not counted twice). A score
 * without enough data drops out and the remaining weights are rescaled to 1.
 *
 * FIT  <=> readiness >= FIT_THRESHOLD and no critical requirement is unmet, where unmet
 *          critical = a must-have skill with credit < CRITICAL_CREDIT, or fewer than half the
 *          years of experience the ad explicitly asks for.
 *
 * confidence = 0.25 completeness + 0.15 parse + 0.15 coverage + 0.45 margin, where
 *   completeness = weight share of readiness inputs that had data (inputs the job does not
 *                  ask about, such as education when the ad names none, are left out),
 *   parse        = mean parse confidence of the resume and the job,
 *   coverage     = how much of the skill decisions rest on evidence (matched with
 *                  experience/years 1, matched but only listed 0.6, not found 0.8),
 *   margin       = how far the decision is from flipping: readiness distance from the
 *                  threshold (full at 30 points); for an UNFIT with unmet must-haves,
 *                  0.35 for one and 0.25 more for each further one, plus that distance;
 * times 0.8 when the job names fewer than 3 skill requirements (too little to go on).
 */

import type { GroupResult } from "./match.ts";
import type { ScoreDetail, ScoreKey } from "./types.ts";

export const RULES_VERSION = "gap-rules-1";
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

export function decideVerdict(
  readiness: number | null,
  unmet: UnmetCritical[],
): { verdict: "FIT" | "UNFIT"; reason: string } {
  const r = readiness ?? 0;
  if (unmet.length > 0)
    return {
      verdict: "UNFIT",
      reason: `UNFIT: ${unmet.length} critical requirement(s) unmet (${unmet.map((u) => u.reason).join("; ")}).`,
    };
  if (r < FIT_THRESHOLD)
    return {
      verdict: "UNFIT",
      reason: `UNFIT: readiness ${r} is below the FIT threshold of ${FIT_THRESHOLD}.`,
    };
  return {
    verdict: "FIT",
    reason: `FIT: readiness ${r} reaches the threshold of ${FIT_THRESHOLD} and every must-have is met.`,
  };
}

export function computeConfidence(input: {
  details: Partial<Record<ScoreKey, ScoreDetail & { notAsked?: boolean }>>;
  results: GroupResult[];
  profileParse: number;
  jobParse: number;
  readiness: number | null;
  unmetCriticals: number;
}): ScoreDetail & { value: number } {
  let applicable = 0;
  let withData = 0;
  for (const [key, weight] of Object.entries(READINESS_WEIGHTS) as [ScoreKey, number][]) {
    const d = input.details[key];
    if (d?.notAsked) continue;
    applicable += weight;
    if (d && d.score !== null) withData += weight;
  }
  const completeness = applicable === 0 ? 0 : withData / applicable;
  const parse = (clamp01(input.profileParse) + clamp01(input.jobParse)) / 2;
  const n = input.results.length;
  const coverage =
    n === 0
      ? 0
      : input.results.reduce((sum, r) => {
          if (!r.match) return sum + 0.8;
          return sum + (r.match.evidence.some((e) => e.startsWith("listed without")) ? 0.6 : 1);
        }, 0) / n;
  const r = input.readiness ?? 0;
  const distance = Math.abs(r - FIT_THRESHOLD) / 30;
  const margin =
    input.unmetCriticals > 0
      ? Math.min(1, 0.35 + 0.25 * (input.unmetCriticals - 1) + Math.max(0, FIT_THRESHOLD - r) / 30)
      : Math.min(1, distance);
  let value = 0.25 * completeness + 0.15 * parse + 0.15 * coverage + 0.45 * margin;
  if (n < 3) value *= 0.8;
  value = Math.round(value * 100) / 100;
  return {
    value,
    score: Math.round(value * 100),
    enoughData: true,
    explanation: `Completeness ${pct(completeness)}, parse quality ${pct(parse)}, evidence coverage ${pct(coverage)}, distance from the threshold ${pct(margin)}${n < 3 ? "; lowered because the job names fewer than 3 skills" : ""}.`,
    evidence: (Object.entries(input.details) as [ScoreKey, ScoreDetail & { notAsked?: boolean }][])
      .filter(([, d]) => d.score === null && !d.notAsked && d.weight > 0)
      .map(([k, d]) => `${k}: ${d.explanation}`),
    weight: 0,
  };
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const pct = (x: number) => `${Math.round(x * 100)}%`;
