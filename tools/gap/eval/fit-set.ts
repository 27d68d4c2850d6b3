/**
 * Measures the FIT/UNFIT verdict on the hand-labelled pairs in evals/data/fit/pairs.jsonl:
 * accuracy, the confusion matrix, and how confidence relates to being right (calibration
 * by confidence band). Resume parsing and job parsing are passed in, so the evals harness
 * can run it with whatever parser versions it measures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ProfileSnapshot } from "../../../contract/profile.ts";
import type { JobPosting } from "../../jobs/types.ts";
import type { Analysis } from "../types.ts";
import { loadPostings, loadResumeText, type ReferencePosting } from "./shared-data.ts";

export const PAIRS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../evals/data/fit/pairs.jsonl",
);

export interface LabelledPair {
  id: string;
  resume: string;
  job: string;
  /** Under the outside labelling rules (evals/data/fit/README.md); BORDERLINE = a judgement call. */
  label: "FIT" | "UNFIT" | "BORDERLINE";
  reason: string;
  /** The label before the 2026-12-03 relabel, when it changed, and why it changed. */
  team_label?: "FIT" | "UNFIT";
  relabel_reason?: string;
  /**
   * The outside dev pair with the same resume and posting (same label): kept here so the frozen
   * quarter stays every 4th pair, never trained on by the verdict fit (it would count twice).
   */
  dev_duplicate?: string;
}

export interface PairOutcome {
  id: string;
  label: "FIT" | "UNFIT" | "BORDERLINE";
  verdict: "FIT" | "UNFIT";
  correct: boolean;
  confidence: number;
  readiness: number | null;
  reason: string;
  /** The verdict model's inputs and completeness, for the eval's out-of-fold scores (live-out-of-fold.ts). */
  features?: Record<string, number>;
  completeness?: number;
}

export interface CalibrationBand {
  band: string;
  n: number;
  accuracy: number;
  meanConfidence: number;
}

export interface FitReport {
  pairs: number;
  accuracy: number;
  confusion: { truePositive: number; falsePositive: number; trueNegative: number; falseNegative: number };
  precisionFit: number;
  recallFit: number;
  meanConfidenceCorrect: number;
  meanConfidenceWrong: number;
  /** Mean squared gap between confidence and correctness (0 is perfect). */
  brier: number;
  calibration: CalibrationBand[];
  outcomes: PairOutcome[];
}

export function loadPairs(file = PAIRS_FILE): LabelledPair[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as LabelledPair);
}

export interface FitSetDeps {
  profileFromText: (text: string) => Promise<ProfileSnapshot>;
  parseJob: (text: string) => JobPosting;
  analyze: (profile: ProfileSnapshot, job: JobPosting) => Analysis;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores the clear pairs; BORDERLINE ones stay in `outcomes` (their confidence is reported apart). */
export function summarise(all: PairOutcome[]): FitReport {
  const outcomes = all.filter((o) => o.label !== "BORDERLINE");
  const tp = outcomes.filter((o) => o.label === "FIT" && o.verdict === "FIT").length;
  const fp = outcomes.filter((o) => o.label === "UNFIT" && o.verdict === "FIT").length;
  const tn = outcomes.filter((o) => o.label === "UNFIT" && o.verdict === "UNFIT").length;
  const fn = outcomes.filter((o) => o.label === "FIT" && o.verdict === "UNFIT").length;
  const bands: [string, number, number][] = [
    ["0.0-0.5", 0, 0.5],
    ["0.5-0.6", 0.5, 0.6],
    ["0.6-0.7", 0.6, 0.7],
    ["0.7-0.8", 0.7, 0.8],
    ["0.8-1.0", 0.8, 1.01],
  ];
  return {
    pairs: outcomes.length,
    accuracy: round3(outcomes.filter((o) => o.correct).length / Math.max(1, outcomes.length)),
    confusion: { truePositive: tp, falsePositive: fp, trueNegative: tn, falseNegative: fn },
    precisionFit: round3(tp / Math.max(1, tp + fp)),
    recallFit: round3(tp / Math.max(1, tp + fn)),
    meanConfidenceCorrect: round3(mean(outcomes.filter((o) => o.correct).map((o) => o.confidence))),
    meanConfidenceWrong: round3(mean(outcomes.filter((o) => !o.correct).map((o) => o.confidence))),
    brier: round3(mean(outcomes.map((o) => (o.confidence - (o.correct ? 1 : 0)) ** 2))),
    calibration: bands.map(([band, lo, hi]) => {
      const inBand = outcomes.filter((o) => o.confidence >= lo && o.confidence < hi);
      return {
        band,
        n: inBand.length,
        accuracy: round3(inBand.filter((o) => o.correct).length / Math.max(1, inBand.length)),
        meanConfidence: round3(mean(inBand.map((o) => o.confidence))),
      };
    }),
    outcomes: all,
  };
}

/** Runs every labelled pair; undefined when ../shared/data is absent (the caller says so). */
export async function measureFitSet(deps: FitSetDeps, pairs = loadPairs()): Promise<FitReport | undefined> {
  const postings = loadPostings();
  if (!postings) return undefined;
  const byId = new Map<string, ReferencePosting>(postings.map((p) => [p.id, p]));
  const outcomes: PairOutcome[] = [];
  for (const pair of pairs) {
    const resumeText = loadResumeText(pair.resume);
    const posting = byId.get(pair.job);
    if (!resumeText || !posting)
      throw new Error(`fit pair ${pair.id}: ${!posting ? `job ${pair.job}` : pair.resume} not found`);
    const analysis = deps.analyze(await deps.profileFromText(resumeText), deps.parseJob(posting.text));
    outcomes.push({
      id: pair.id,
      label: pair.label,
      verdict: analysis.verdict,
      correct: analysis.verdict === pair.label,
      confidence: analysis.confidence,
      readiness: analysis.scores.readiness,
      reason: analysis.verdictReason,
      ...(analysis.verdictModel
        ? { features: analysis.verdictModel.features, completeness: analysis.verdictModel.completeness }
        : {}),
    });
  }
  return summarise(outcomes);
}
