/**
 * Capability owners return per-field results in their own shape; this reads the usual
 * ones (tp/fp/fn, tp/predicted/gold, or precision/recall) into our PrecisionRecall so
 * the report and thresholds are uniform.
 */
import { type PrecisionRecall, precisionRecall } from "../metrics/classification.ts";

export type FieldLike = {
  tp?: number;
  fp?: number;
  fn?: number;
  predicted?: number;
  gold?: number;
  precision?: number;
  recall?: number;
  f1?: number;
};

export function toPrecisionRecall(field: FieldLike): PrecisionRecall {
  const { tp } = field;
  if (typeof tp === "number" && typeof field.fp === "number" && typeof field.fn === "number") {
    return precisionRecall({ tp, fp: field.fp, fn: field.fn });
  }
  if (typeof tp === "number" && typeof field.predicted === "number" && typeof field.gold === "number") {
    return precisionRecall({ tp, fp: field.predicted - tp, fn: field.gold - tp });
  }
  const precision = field.precision ?? Number.NaN;
  const recall = field.recall ?? Number.NaN;
  const f1 = field.f1 ?? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0);
  return { tp: Number.NaN, fp: Number.NaN, fn: Number.NaN, precision, recall, f1 };
}

export function fieldsToPrecisionRecall(fields: Record<string, FieldLike>): Record<string, PrecisionRecall> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, toPrecisionRecall(v)]));
}
