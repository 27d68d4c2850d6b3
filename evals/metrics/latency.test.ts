import { describe, expect, it } from "vitest";
import { percentile, summariseLatency, timeIt } from "./latency.ts";

describe("latency", () => {
  it("uses nearest-rank percentiles", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it("summarises unsorted samples", () => {
    expect(summariseLatency([5, 1, 3])).toMatchObject({ n: 3, p50: 3, p95: 5, max: 5, mean: 3 });
  });

  it("times the given number of iterations after warmup", async () => {
    let calls = 0;
    const samples = await timeIt(() => calls++, { iterations: 4, warmup: 2 });
    expect(calls).toBe(6);
    expect(samples).toHaveLength(4);
    expect(samples.every((s) => s >= 0)).toBe(true);
  });
});
