/**
 * Thresholds live in one file (evals/thresholds.yaml): per suite, per metric, a floor
 * (`min`) or a ceiling (`max`) and the reason it is set there. The runner checks them;
 * a suite below its floor fails the run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { REPO_ROOT } from "./data-files.ts";
import type { ThresholdCheck } from "./types.ts";

export const THRESHOLDS_FILE = path.join(REPO_ROOT, "evals/thresholds.yaml");

const ruleSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    reason: z.string().min(10, "every threshold needs a reason"),
  })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, "a threshold needs min or max");

const fileSchema = z.record(z.string(), z.record(z.string(), ruleSchema));

export type ThresholdRule = z.infer<typeof ruleSchema>;
export type Thresholds = z.infer<typeof fileSchema>;

export function parseThresholds(text: string, source = "thresholds"): Thresholds {
  const parsed = fileSchema.safeParse(YAML.parse(text) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadThresholds(file = THRESHOLDS_FILE): Thresholds {
  return parseThresholds(readFileSync(file, "utf8"), path.relative(REPO_ROOT, file));
}

/** A metric the suite did not report counts as failing: a silent gap is not a pass. */
export function checkThresholds(
  rules: Record<string, ThresholdRule> | undefined,
  metrics: Record<string, number>,
): ThresholdCheck[] {
  return Object.entries(rules ?? {}).map(([metric, rule]) => {
    const actual = metric in metrics && Number.isFinite(metrics[metric]) ? metrics[metric] : null;
    const passed =
      actual !== null &&
      (rule.min === undefined || actual >= rule.min) &&
      (rule.max === undefined || actual <= rule.max);
    return { metric, min: rule.min, max: rule.max, actual, passed, reason: rule.reason };
  });
}
