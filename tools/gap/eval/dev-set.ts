/**
 * Measures the verdict on ../shared/data/fit/dev_pairs.json: resume / posting pairs labelled
 * FIT, UNFIT or BORDERLINE outside the team (README there). Clear pairs measure accuracy and
 * recall per label; BORDERLINE pairs measure whether confidence drops on judgement calls.
 * Nothing from the file is copied into the repo: it is read at measurement time only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis } from "../types.ts";
import type { FitSetDeps } from "./fit-set.ts";
import { loadPostings, loadResumeText, SHARED_DATA, sharedDataMissing } from "./shared-data.ts";

export const DEV_PAIRS_FILE = path.join(SHARED_DATA, "fit/dev_pairs.json");
/**
 * 50 more pairs labelled the same way by the team (README in evals/data/fit), disjoint from the
 * dev and blind sets: extra training pairs for the learned verdict (fit-verdict.ts --with-more; evals/data/fit/README.md).
 */
export const MORE_PAIRS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../evals/data/fit/pairs-more.jsonl",
);

export type DevLabel = "FIT" | "UNFIT" | "BORDERLINE";

export interface DevPair {
  id: string;
  resume: string;
  posting: string;
  label: DevLabel;
  field: string;
}

export interface DevOutcome {
  id: string;
  field: string;
  label: DevLabel;
  verdict: "FIT" | "UNFIT";
  confidence: number;
  readiness: number;
  reason: string;
  /** The verdict model's inputs, for fitting it (tools/gap/eval/fit-verdict.ts). */
  features?: Record<string, number>;
  /** Share of the readiness weight with data (the shown confidence's shrink, readiness.ts). */
  completeness?: number;
  /** The softSkills sub-score (null: not scored), and how many soft skills it looked for and found shown. */
  softSkills?: { score: number | null; asked: number; shown: number };
}

/** A stored pair: the dev format names the ad `posting`, the team's JSON-lines format `job`. */
type StoredPair = Omit<DevPair, "id" | "posting"> & { posting?: string; job?: string };

/**
 * Pairs in the dev-pairs format with a stable id each (`<idPrefix>-NN`, by position);
 * undefined when the file is absent. The same reader serves the frozen blind set
 * (evals/data/fit-blind/pairs.json, prefix "blind"), which is written in this format, and the
 * team's extra pairs (MORE_PAIRS_FILE, prefix "more"): JSON lines with the ad as `job`.
 */
export function loadDevPairs(file = DEV_PAIRS_FILE, idPrefix = "dev"): DevPair[] | undefined {
  if (sharedDataMissing(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const raw: StoredPair[] = file.endsWith(".jsonl")
    ? text
        .split("\n")
        .filter((l) => l.trim().length > 0)
        .map((l) => JSON.parse(l) as StoredPair)
    : (JSON.parse(text) as StoredPair[]);
  return raw.map((p, i) => {
    const posting = p.posting ?? p.job;
    if (!posting) throw new Error(`${file}: pair ${i + 1} names no posting`);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(2, "0")}`,
      resume: p.resume,
      posting,
      label: p.label,
      field: p.field,
    };
  });
}

/** Analyses every dev pair; undefined when ../shared/data is absent (the caller says so). */
export async function measureDevSet(
  deps: FitSetDeps,
  pairs = loadDevPairs(),
): Promise<DevOutcome[] | undefined> {
  const postings = loadPostings();
  if (!postings || !pairs) return undefined;
  const byId = new Map(postings.map((p) => [p.id, p.text]));
  const outcomes: DevOutcome[] = [];
  for (const pair of pairs) {
    const resumeText = loadResumeText(pair.resume);
    const posting = byId.get(pair.posting);
    if (!resumeText || !posting)
      throw new Error(`pair ${pair.id}: ${!posting ? `posting ${pair.posting}` : pair.resume} not found`);
    const analysis: Analysis = deps.analyze(await deps.profileFromText(resumeText), deps.parseJob(posting));
    outcomes.push({
      id: pair.id,
      field: pair.field,
      label: pair.label,
      verdict: analysis.verdict,
      confidence: analysis.confidence,
      readiness: analysis.scores.readiness,
      reason: analysis.verdictReason,
      ...(analysis.verdictModel
        ? { features: analysis.verdictModel.features, completeness: analysis.verdictModel.completeness }
        : {}),
      softSkills: softSkillsOf(analysis),
    });
  }
  return outcomes;
}

/** The soft-skills score and its evidence lines: one per soft skill looked for, "shown in" when quoted. */
function softSkillsOf(analysis: Analysis): NonNullable<DevOutcome["softSkills"]> {
  const detail = analysis.scoreDetails.softSkills;
  return {
    score: detail.score,
    asked: detail.evidence.length,
    shown: detail.evidence.filter((e) => /\): shown in /.test(e)).length,
  };
}

export interface DevSummary {
  clear: number;
  clearAccuracy: number;
  recallFit: number;
  recallUnfit: number;
  borderline: number;
  meanConfidenceClear: number;
  meanConfidenceBorderline: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function summariseDev(outcomes: DevOutcome[]): DevSummary {
  const clear = outcomes.filter((o) => o.label !== "BORDERLINE");
  const border = outcomes.filter((o) => o.label === "BORDERLINE");
  const recall = (label: DevLabel) => {
    const of = clear.filter((o) => o.label === label);
    return round3(of.filter((o) => o.verdict === label).length / Math.max(1, of.length));
  };
  return {
    clear: clear.length,
    clearAccuracy: round3(clear.filter((o) => o.verdict === o.label).length / Math.max(1, clear.length)),
    recallFit: recall("FIT"),
    recallUnfit: recall("UNFIT"),
    borderline: border.length,
    meanConfidenceClear: round3(mean(clear.map((o) => o.confidence))),
    meanConfidenceBorderline: round3(mean(border.map((o) => o.confidence))),
  };
}
