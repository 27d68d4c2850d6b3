/**
 * A tiny benchmark harness: bench files call `measure` (timed repetitions) or `record`
 * (a number measured some other way: sizes, counts, load-test percentiles). The runner
 * collects every row into one JSON file; timings never live in tests.
 */
import { performance } from "node:perf_hooks";

export interface BenchRow {
  name: string;
  unit: string;
  p50: number;
  p95: number;
  n: number;
  [extra: string]: unknown;
}

export interface MeasureOptions {
  iterations?: number;
  warmup?: number;
  unit?: "ms" | "us";
}

export class BenchContext {
  readonly rows: BenchRow[] = [];

  async measure(
    name: string,
    fn: () => unknown | Promise<unknown>,
    options: MeasureOptions = {},
  ): Promise<BenchRow> {
    const iterations = options.iterations ?? 50;
    const warmup = options.warmup ?? 5;
    const unit = options.unit ?? "ms";
    for (let i = 0; i < warmup; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      await fn();
      const ms = performance.now() - t0;
      samples.push(unit === "us" ? ms * 1000 : ms);
    }
    return this.record({ name, unit, ...percentiles(samples), n: samples.length });
  }

  record(row: BenchRow): BenchRow {
    const rounded = { ...row, p50: round(row.p50), p95: round(row.p95) };
    this.rows.push(rounded);
    return rounded;
  }
}

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What a bench file exports by default. */
export type BenchFile = (ctx: BenchContext) => Promise<void>;
