/** Number and status formatting shared by the Markdown and HTML reports. */
import type { SuiteResult, SuiteStatus } from "../core/types.ts";

export function formatValue(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  if (/_ms$/.test(metric)) return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) <= 1 ? value.toFixed(3) : value.toFixed(2);
}

export const STATUS_LABEL: Record<SuiteStatus, string> = {
  passed: "passed",
  failed: "below threshold",
  skipped: "skipped",
  not_available: "not available",
  error: "error",
};

/** The metrics worth a glance in the summary: the checked ones, else the first few. */
export function headlineMetrics(suite: SuiteResult, limit = 4): [string, number][] {
  const checked = suite.checks.map((c) => c.metric).filter((m) => m in suite.metrics);
  const names = checked.length ? checked : Object.keys(suite.metrics);
  return names.slice(0, limit).map((m) => [m, suite.metrics[m]]);
}

export function thresholdText(c: { min?: number; max?: number; metric: string }): string {
  const parts: string[] = [];
  if (c.min !== undefined) parts.push(`≥ ${formatValue(c.metric, c.min)}`);
  if (c.max !== undefined) parts.push(`≤ ${formatValue(c.metric, c.max)}`);
  return parts.join(" and ");
}
