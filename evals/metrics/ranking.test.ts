import { describe, expect, it } from "vitest";
import { ndcgAtK, recallAtK, reciprocalRank, summariseRanking } from "./ranking.ts";

const q = { ranked: ["a", "x", "b", "y", "z", "c"], relevant: ["a", "b", "c"] };

describe("ranking metrics", () => {
  it("recall@k counts relevant items in the top k", () => {
    expect(recallAtK(q, 1)).toBeCloseTo(1 / 3);
    expect(recallAtK(q, 5)).toBeCloseTo(2 / 3);
    expect(recallAtK(q, 10)).toBe(1);
    expect(recallAtK({ ranked: ["a"], relevant: [] }, 5)).toBe(0);
  });

  it("reciprocal rank uses the first relevant hit", () => {
    expect(reciprocalRank(q)).toBe(1);
    expect(reciprocalRank({ ranked: ["x", "y", "a"], relevant: ["a"] })).toBeCloseTo(1 / 3);
    expect(reciprocalRank({ ranked: ["x"], relevant: ["a"] })).toBe(0);
  });

  it("nDCG is 1 for the ideal order and lower otherwise", () => {
    expect(ndcgAtK({ ranked: ["a", "b", "c"], relevant: ["a", "b", "c"] }, 3)).toBeCloseTo(1);
    const dcg = 1 + 1 / Math.log2(4);
    const ideal = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(ndcgAtK(q, 3)).toBeCloseTo(dcg / ideal);
  });

  it("summarises the mean over queries", () => {
    const s = summariseRanking([q, { ranked: ["x", "a"], relevant: ["a"] }], [1, 5]);
    expect(s.queries).toBe(2);
    expect(s.mrr).toBeCloseTo(0.75);
    expect(s.recallAt[5]).toBeCloseTo((2 / 3 + 1) / 2);
  });
});
