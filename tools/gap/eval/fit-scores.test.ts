/**
 * The verdict fit's scores (fit-scores.ts): the equal-count ECE and the bootstrap spread the fit
 * reports beside the eval's 10-bin ECE.
 */
import { expect, it } from "vitest";
import { adaptiveEce, bootstrapSpread, ece } from "./fit-scores.ts";

it("adaptive ECE is 0 when each bin's confidence is its accuracy, and the gap otherwise", () => {
  // 10 pairs at P 0.8, 8 right; 10 at P 0.2 (UNFIT at 0.8), 8 right.
  const calibrated = [
    ...Array.from({ length: 10 }, (_, i) => ({ p: 0.8, label: i < 8 ? "FIT" : "UNFIT" })),
    ...Array.from({ length: 10 }, (_, i) => ({ p: 0.2, label: i < 8 ? "UNFIT" : "FIT" })),
  ];
  expect(adaptiveEce(calibrated, 2)).toBeCloseTo(0, 9);
  const modest = calibrated.map((x) => ({ ...x, p: x.p === 0.8 ? 0.6 : 0.4 }));
  expect(adaptiveEce(modest, 2)).toBeCloseTo(0.2, 9);
});

it("the bootstrap spread of a score is deterministic and brackets the score on the full sample", () => {
  const ps = Array.from({ length: 36 }, (_, i) => ({
    p: 0.5 + (i % 9) / 20,
    label: i % 5 === 0 ? "UNFIT" : "FIT",
  }));
  const a = bootstrapSpread(ps, ece, 200);
  expect(bootstrapSpread(ps, ece, 200)).toEqual(a);
  expect(a.p5).toBeLessThanOrEqual(a.median);
  expect(a.median).toBeLessThanOrEqual(a.p95);
  expect(a.p95).toBeGreaterThan(a.p5);
});
