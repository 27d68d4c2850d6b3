/**
 * Runs suites one after another (they share two cores with everything else, and
 * latency numbers would be meaningless in parallel), turns each outcome or thrown
 * signal into a SuiteResult, and applies the thresholds.
 */
import { performance } from "node:perf_hooks";
import { RequiredDataMissing } from "./data-files.ts";
import { SuiteNotAvailable, SuiteSkipped } from "./errors.ts";
import { checkThresholds, type Thresholds } from "./thresholds.ts";
import {
  type Direction,
  type EvalResults,
  type ModelChoice,
  metricDirection,
  type Suite,
  type SuiteContext,
  type SuiteResult,
} from "./types.ts";

export interface RunOptions {
  suites: Suite[];
  thresholds: Thresholds;
  model: ModelChoice;
  fast: boolean;
  ci: boolean;
  repoRoot: string;
  sharedDataDir: string;
  /** Per suite name, or "*" for every selected suite. */
  dataOverrides?: Record<string, string>;
  log?: (message: string) => void;
}

export async function runSuites(options: RunOptions): Promise<EvalResults> {
  const startedAt = new Date().toISOString();
  const log = options.log ?? (() => {});
  const results: SuiteResult[] = [];
  for (const suite of options.suites) {
    log(`▶ ${suite.name}`);
    const result = await runOne(suite, {
      repoRoot: options.repoRoot,
      sharedDataDir: options.sharedDataDir,
      dataOverride: options.dataOverrides?.[suite.name] ?? options.dataOverrides?.["*"],
      model: options.model,
      fast: options.fast,
      ci: options.ci,
      log: (m) => log(`  ${suite.name}: ${m}`),
    });
    if (result.status === "passed" || result.status === "failed") {
      result.checks = checkThresholds(options.thresholds[suite.name], result.metrics);
      result.status = result.checks.every((c) => c.passed) ? "passed" : "failed";
    }
    log(`  ${statusLine(result)}`);
    results.push(result);
  }
  return {
    version: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    model: options.model,
    fast: options.fast,
    node: process.version,
    suites: results,
  };
}

async function runOne(suite: Suite, ctx: SuiteContext): Promise<SuiteResult> {
  const base = {
    name: suite.name,
    title: suite.title,
    description: suite.description,
    metrics: {},
    directions: {},
    checks: [],
  };
  const t0 = performance.now();
  try {
    const outcome = await suite.run(ctx);
    // NaN/Infinity cannot be written to JSON; a metric that could not be computed (a
    // mean over no items) is left out and a threshold on it then fails visibly.
    const metrics = Object.fromEntries(Object.entries(outcome.metrics).filter(([, v]) => Number.isFinite(v)));
    const directions: Record<string, Direction> = {};
    for (const key of Object.keys(metrics)) {
      directions[key] = outcome.directions?.[key] ?? metricDirection(key);
    }
    return {
      ...base,
      ...outcome,
      metrics,
      directions,
      status: "passed",
      durationMs: Math.round(performance.now() - t0),
    };
  } catch (error) {
    const durationMs = Math.round(performance.now() - t0);
    if (error instanceof SuiteNotAvailable)
      return { ...base, status: "not_available", reason: error.message, durationMs };
    if (error instanceof SuiteSkipped)
      return { ...base, status: "skipped", reason: error.message, durationMs };
    const reason =
      error instanceof RequiredDataMissing
        ? error.message
        : `${error instanceof Error ? error.message : String(error)}${error instanceof Error && error.stack ? `\n${error.stack.split("\n").slice(1, 4).join("\n")}` : ""}`;
    return { ...base, status: "error", reason, durationMs };
  }
}

export function statusLine(r: SuiteResult): string {
  const failed = r.checks.filter((c) => !c.passed).map((c) => c.metric);
  switch (r.status) {
    case "passed":
      return `✔ ${r.name} passed (${r.checks.length} checks, ${(r.durationMs / 1000).toFixed(1)} s)`;
    case "failed":
      return `✘ ${r.name} below threshold: ${failed.join(", ")}`;
    case "skipped":
      return `– ${r.name} skipped: ${r.reason}`;
    case "not_available":
      return `∅ ${r.name} not available: ${r.reason}`;
    case "error":
      return `✘ ${r.name} error: ${r.reason?.split("\n")[0]}`;
  }
}

/** Failing statuses set the exit code; skips and capabilities not built yet do not. */
export function runFailed(results: EvalResults): boolean {
  return results.suites.some((s) => s.status === "failed" || s.status === "error");
}
