import { describe, expect, it } from "vitest";
import { loadQuestionBank } from "../../../data/questions/load.ts";
import { ndcgAtK, recallAtK, reciprocalRank, summarize } from "./metrics.ts";
import { loadRetrievalSet } from "./retrieval-set.ts";

describe("retrieval metrics", () => {
  const rel = new Set(["a", "b"]);
  it("recall@k counts relevant items found in the top k", () => {
    expect(recallAtK(["x", "a", "y", "z", "w", "b"], rel, 5)).toBe(0.5);
    expect(recallAtK(["b", "a"], rel, 5)).toBe(1);
  });
  it("reciprocal rank uses the first relevant item", () => {
    expect(reciprocalRank(["x", "y", "b"], rel)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(["x"], rel)).toBe(0);
  });
  it("nDCG is 1 for a perfect ranking and lower when relevant items come later", () => {
    expect(ndcgAtK(["a", "b", "x"], rel, 10)).toBe(1);
    expect(ndcgAtK(["x", "a", "b"], rel, 10)).toBeLessThan(1);
  });
  it("summarize averages over queries", () => {
    expect(
      summarize([
        { ranked: ["a"], relevant: ["a"] },
        { ranked: ["x"], relevant: ["a"] },
      ]),
    ).toEqual({
      queries: 2,
      recallAt5: 0.5,
      mrr: 0.5,
      ndcgAt10: 0.5,
    });
  });
});

describe("the retrieval set", () => {
  const queries = loadRetrievalSet();
  const bank = loadQuestionBank().questions;
  it("has at least 60 queries, split into dev and test halves, pointing at real questions", () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.split === "test").length).toBeGreaterThanOrEqual(30);
    const ids = new Set(bank.map((q) => q.id));
    for (const q of queries) for (const id of q.relevant) expect(ids.has(id), `${q.id} -> ${id}`).toBe(true);
  });
  it("does not copy the questions' wording", () => {
    for (const q of queries) {
      for (const b of bank)
        expect(b.text.toLowerCase().includes(q.query.toLowerCase()), `${q.id} copies ${b.id}`).toBe(false);
    }
  });
});
