import { describe, expect, it } from "vitest";
import { calibration } from "./calibration.ts";

describe("calibration", () => {
  it("is zero for a perfectly calibrated confidence", () => {
    const samples = [
      ...Array.from({ length: 4 }, (_, i) => ({ confidence: 0.75, correct: i < 3 })),
      ...Array.from({ length: 2 }, (_, i) => ({ confidence: 0.55, correct: i < 1 })),
    ];
    const c = calibration(samples);
    expect(c.ece).toBeCloseTo(0.05 * (2 / 6));
    expect(c.bins[7]).toMatchObject({ count: 4, accuracy: 0.75 });
  });

  it("measures overconfidence as the weighted gap", () => {
    const c = calibration([
      { confidence: 0.95, correct: false },
      { confidence: 0.95, correct: true },
    ]);
    expect(c.ece).toBeCloseTo(0.45);
    expect(c.mce).toBeCloseTo(0.45);
    expect(c.brier).toBeCloseTo((0.95 ** 2 + 0.05 ** 2) / 2);
  });

  it("puts confidence 1.0 in the last bin", () => {
    const c = calibration([{ confidence: 1, correct: true }], 5);
    expect(c.bins[4].count).toBe(1);
    expect(c.ece).toBe(0);
  });

  it("rejects confidences outside 0..1", () => {
    expect(() => calibration([{ confidence: 1.2, correct: true }])).toThrow(RangeError);
    expect(() => calibration([{ confidence: Number.NaN, correct: true }])).toThrow(RangeError);
  });
});
