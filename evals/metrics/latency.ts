/**
 * Percentiles of timing samples. Nearest-rank on the sorted samples, the same rule as
 * bench/harness.ts, so eval and bench numbers agree for the same code.
 */
import { performance } from "node:perf_hooks";

export function percentile(samples: number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

export function summariseLatency(samples: number[]): LatencySummary {
  return {
    n: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    mean: samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** Times `fn` `iterations` times after `warmup` untimed calls; returns milliseconds. */
export async function timeIt(
  fn: () => unknown | Promise<unknown>,
  { iterations = 30, warmup = 3 }: { iterations?: number; warmup?: number } = {},
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}
