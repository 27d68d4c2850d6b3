import { describe, expect, it } from "vitest";
import { toPrecisionRecall } from "./measured-fields.ts";

describe("toPrecisionRecall", () => {
  it("reads tp/fp/fn and tp/predicted/gold the same way", () => {
    const a = toPrecisionRecall({ tp: 3, fp: 1, fn: 2 });
    const b = toPrecisionRecall({ tp: 3, predicted: 4, gold: 5 });
    expect(a).toEqual(b);
    expect(a.precision).toBeCloseTo(0.75);
  });

  it("keeps given rates when no counts exist", () => {
    const r = toPrecisionRecall({ precision: 0.5, recall: 1 });
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(r.tp).toBeNaN();
  });
});
