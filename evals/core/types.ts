/**
 * The contract between the eval runner and each suite. A suite measures one capability
 * and returns numbers plus what the report should draw; the runner owns thresholds,
 * timing, status and output files, so suites stay small adapters over the measuring
 * code each capability ships.
 */
import type { ReliabilityBin } from "../metrics/calibration.ts";

export type ModelChoice = "offline" | "openai" | "gemini";
export const MODEL_CHOICES: ModelChoice[] = ["offline", "openai", "gemini"];

export type SuiteStatus = "passed" | "failed" | "skipped" | "not_available" | "error";

/** Grouped bars, e.g. precision/recall/F1 per resume field. Values are plotted on 0..max. */
export interface BarChart {
  kind: "bars";
  title: string;
  series: string[];
  groups: { label: string; values: number[] }[];
  /** Axis maximum; 1 for rates. */
  max?: number;
  unit?: string;
}

/** Reliability diagram: accuracy per confidence bin against the diagonal. */
export interface ReliabilityChart {
  kind: "reliability";
  title: string;
  bins: ReliabilityBin[];
  ece: number;
}

/** Gold rows by predicted columns. */
export interface ConfusionChart {
  kind: "confusion";
  title: string;
  labels: string[];
  matrix: number[][];
}

export type Chart = BarChart | ReliabilityChart | ConfusionChart;

export interface Table {
  title: string;
  /** Long listings (every pair, every case) start folded in the HTML report. */
  collapsed?: boolean;
  columns: string[];
  rows: (string | number | null)[][];
}

/** "none": a size (pairs, cases, queries) that describes the data, not the quality. */
export type Direction = "higher" | "lower" | "none";

/** What a suite returns when it ran. */
export interface SuiteOutcome {
  /** Flat metric names ("email.f1", "parse.p95_ms") so thresholds and compare can address them. */
  metrics: Record<string, number>;
  /** Metrics where smaller is better; others default by name (see metricDirection). */
  directions?: Record<string, Direction>;
  charts?: Chart[];
  tables?: Table[];
  /** Plain sentences for the report: data used, what was left out and why. */
  notes?: string[];
  /** A few concrete failures so a reader can see what went wrong. */
  examples?: { title: string; detail: string }[];
  dataset?: { source: string; items: number };
}

export interface SuiteContext {
  repoRoot: string;
  /** ../shared/data resolved from the repo root (may not exist). */
  sharedDataDir: string;
  /** --data override for this suite, when given. */
  dataOverride?: string;
  model: ModelChoice;
  /** Smaller samples for the CI subset. */
  fast: boolean;
  /** CI=true: a missing required file fails instead of skipping. */
  ci: boolean;
  log: (message: string) => void;
}

export interface Suite {
  name: string;
  title: string;
  /** One sentence: what is measured and on what. */
  description: string;
  run(ctx: SuiteContext): Promise<SuiteOutcome>;
}

export interface ThresholdCheck {
  metric: string;
  min?: number;
  max?: number;
  actual: number | null;
  passed: boolean;
  reason: string;
}

export interface SuiteResult extends Omit<SuiteOutcome, "directions"> {
  name: string;
  title: string;
  description: string;
  status: SuiteStatus;
  /** Why a suite skipped, was not available or errored. */
  reason?: string;
  durationMs: number;
  directions: Record<string, Direction>;
  checks: ThresholdCheck[];
}

export interface EvalResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  model: ModelChoice;
  fast: boolean;
  node: string;
  suites: SuiteResult[];
}

/**
 * Lower-is-better metrics by naming convention, so compare and the report agree even
 * for metrics a suite did not annotate.
 */
export function metricDirection(name: string): Direction {
  if (
    /^(turns|scripts|pairs|queries|utterances|resumes|sentences|documents)$|\.(cases|count|sentences|resumes)$/.test(
      name,
    )
  ) {
    return "none";
  }
  // An accuracy or a share right is higher-is-better whatever it counts ("dialogue_turns.accuracy").
  if (/(^|\.)accuracy$/.test(name)) return "higher";
  return /(_ms|\.ece|\.mce|\.brier|^ece$|^mce$|^brier$|delta|turns|errors?$|crashes$|violations$|flips$)/.test(
    name,
  )
    ? "lower"
    : "higher";
}
