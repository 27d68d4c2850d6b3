/**
 * What `careercraft eval` does, separate from commander so it can be called from
 * scripts and tests: pick suites, run them, write the report, return the exit code.
 */
import path from "node:path";
import { compareResults, formatComparison, readResults } from "./core/compare.ts";
import { REPO_ROOT, SHARED_DATA_DIR } from "./core/data-files.ts";
import { writeReport } from "./core/output.ts";
import { runFailed, runSuites } from "./core/runner.ts";
import { loadThresholds, THRESHOLDS_FILE } from "./core/thresholds.ts";
import { MODEL_CHOICES, type ModelChoice } from "./core/types.ts";
import { ALL_SUITES, CI_SUITES, findSuites } from "./suites/index.ts";

export interface EvalCommandOptions {
  suites?: string[];
  model?: string;
  /** "DIR" for every selected suite, or "suite=DIR". */
  data?: string[];
  out?: string;
  fast?: boolean;
  ci?: boolean;
  thresholds?: string;
  /** The CI subset (fast samples of CI_SUITES). */
  ciSubset?: boolean;
  write?: (line: string) => void;
}

export class UsageError extends Error {}

export function parseDataOverrides(values: string[] = []): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const v of values) {
    const m = /^([a-z-]+)=(.+)$/.exec(v);
    if (m) overrides[m[1]] = m[2];
    else overrides["*"] = v;
  }
  return overrides;
}

export async function runEvalCommand(options: EvalCommandOptions): Promise<number> {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const model = (options.model ?? "offline") as ModelChoice;
  if (!MODEL_CHOICES.includes(model)) {
    throw new UsageError(`Unknown model "${options.model}". Use one of: ${MODEL_CHOICES.join(", ")}.`);
  }
  const names = options.suites?.length ? options.suites : options.ciSubset ? CI_SUITES : undefined;
  const suites = names ? findSuites(names) : ALL_SUITES;
  const unknown = names?.filter((n) => !ALL_SUITES.some((s) => s.name === n)) ?? [];
  if (unknown.length) {
    throw new UsageError(
      `Unknown suite ${unknown.map((u) => `"${u}"`).join(", ")}. Available: ${ALL_SUITES.map((s) => s.name).join(", ")}.`,
    );
  }
  const dataOverrides = parseDataOverrides(options.data);
  for (const key of Object.keys(dataOverrides)) {
    if (key !== "*" && !suites.some((s) => s.name === key)) {
      throw new UsageError(`--data ${key}=... names a suite that is not selected.`);
    }
  }
  const thresholds = loadThresholds(options.thresholds ? path.resolve(options.thresholds) : THRESHOLDS_FILE);
  const results = await runSuites({
    suites,
    thresholds,
    model,
    fast: Boolean(options.fast || options.ciSubset),
    ci: options.ci ?? process.env.CI === "true",
    repoRoot: REPO_ROOT,
    sharedDataDir: SHARED_DATA_DIR,
    dataOverrides,
    log: write,
  });
  const outDir = path.resolve(options.out ?? path.join(REPO_ROOT, "evals/out"));
  const files = writeReport(results, outDir);
  write(`Report: ${files.html}\n        ${files.markdown}\n        ${files.json}`);
  const notAvailable = results.suites.filter((s) => s.status === "not_available").map((s) => s.name);
  if (notAvailable.length) write(`Not available (capability not built): ${notAvailable.join(", ")}`);
  const failed = runFailed(results);
  write(failed ? "Evaluation FAILED: a suite is below its threshold or errored." : "Evaluation passed.");
  return failed ? 1 : 0;
}

export function runCompareCommand(
  oldFile: string,
  newFile: string,
  options: { failOnRegression?: boolean; write?: (line: string) => void } = {},
): number {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const comparison = compareResults(readResults(oldFile), readResults(newFile));
  write(formatComparison(comparison));
  return options.failOnRegression && comparison.regressed.length > 0 ? 1 : 0;
}
