/** Small conversions every suite needs: metric naming and chart rows from P/R/F1. */
import type { BarChart } from "../core/types.ts";
import type { PrecisionRecall } from "../metrics/classification.ts";

/** `{prefix}.precision`, `.recall`, `.f1` */
export function prfMetrics(prefix: string, pr: PrecisionRecall): Record<string, number> {
  return { [`${prefix}.precision`]: pr.precision, [`${prefix}.recall`]: pr.recall, [`${prefix}.f1`]: pr.f1 };
}

export function prfChart(title: string, rows: Record<string, PrecisionRecall>): BarChart {
  return {
    kind: "bars",
    title,
    series: ["precision", "recall", "F1"],
    max: 1,
    groups: Object.entries(rows).map(([label, pr]) => ({ label, values: [pr.precision, pr.recall, pr.f1] })),
  };
}

export function prfTableRows(rows: Record<string, PrecisionRecall>): (string | number)[][] {
  return Object.entries(rows).map(([label, pr]) => [
    label,
    pr.precision,
    pr.recall,
    pr.f1,
    pr.tp,
    pr.fp,
    pr.fn,
  ]);
}

export const PRF_COLUMNS = ["field", "precision", "recall", "F1", "tp", "fp", "fn"];

/** Deterministic subsample for the fast CI run: every k-th item, so it spreads over the set. */
export function spreadSample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]);
}
