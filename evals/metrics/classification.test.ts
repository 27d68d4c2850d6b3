import { describe, expect, it } from "vitest";
import {
  compareSets,
  confusedSubmatrix,
  confusionMatrix,
  macroF1,
  precisionRecall,
} from "./classification.ts";

describe("precisionRecall", () => {
  it("computes P/R/F1 from counts", () => {
    const r = precisionRecall({ tp: 6, fp: 2, fn: 4 });
    expect(r.precision).toBeCloseTo(0.75);
    expect(r.recall).toBeCloseTo(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it("treats nothing predicted and nothing expected as perfect", () => {
    expect(precisionRecall({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("gives zero when only wrong predictions exist", () => {
    expect(precisionRecall({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecall({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("compareSets", () => {
  it("deduplicates after normalising", () => {
    const c = compareSets(["Python", "python ", "Java"], ["python", "SQL"], (s) => s.trim().toLowerCase());
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("ignores empty strings", () => {
    expect(compareSets(["", " "], [""], (s) => s.trim())).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("confusionMatrix", () => {
  it("counts gold rows against predicted columns", () => {
    const m = confusionMatrix(
      [
        { gold: "FIT", predicted: "FIT" },
        { gold: "FIT", predicted: "UNFIT" },
        { gold: "UNFIT", predicted: "UNFIT" },
        { gold: "UNFIT", predicted: "UNFIT" },
      ],
      ["FIT", "UNFIT"],
    );
    expect(m.matrix).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(m.accuracy).toBe(0.75);
    expect(m.perLabel.FIT).toMatchObject({ precision: 1, recall: 0.5 });
    expect(m.perLabel.UNFIT.precision).toBeCloseTo(2 / 3);
  });

  it("adds labels that only appear in predictions", () => {
    const m = confusionMatrix([{ gold: "greet", predicted: "unknown" }]);
    expect(m.labels).toEqual(["greet", "unknown"]);
    expect(m.accuracy).toBe(0);
  });

  it("macro F1 skips labels never expected", () => {
    const m = confusionMatrix([
      { gold: "a", predicted: "a" },
      { gold: "b", predicted: "c" },
    ]);
    expect(macroF1(m.perLabel)).toBeCloseTo(0.5);
  });
});

describe("confusedSubmatrix", () => {
  it("keeps only labels involved in a confusion", () => {
    const m = confusionMatrix([
      { gold: "a", predicted: "a" },
      { gold: "b", predicted: "c" },
      { gold: "c", predicted: "c" },
      { gold: "d", predicted: "d" },
    ]);
    expect(confusedSubmatrix(m)).toEqual({
      labels: ["b", "c"],
      matrix: [
        [0, 1],
        [0, 1],
      ],
      perfect: ["a", "d"],
    });
  });
});
