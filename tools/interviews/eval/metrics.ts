/**
 * Ranking metrics for retrieval evaluation, with binary relevance: recall@k (share of the
 * relevant items found in the top k), reciprocal rank of the first relevant item, and
 * nDCG@k (rewards relevant items ranked higher). Pure functions so the evals harness can
 * reuse them for any ranked list.
 */
export function recallAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  for (const id of ranked.slice(0, k)) if (relevant.has(id)) found++;
  return found / relevant.size;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const index = ranked.findIndex((id) => relevant.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

export function ndcgAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface RetrievalScores {
  queries: number;
  recallAt5: number;
  mrr: number;
  ndcgAt10: number;
}

/** Averages the metrics over queries: each item is (ranked ids, relevant ids). */
export function summarize(results: { ranked: string[]; relevant: string[] }[]): RetrievalScores {
  const n = results.length;
  if (n === 0) return { queries: 0, recallAt5: 0, mrr: 0, ndcgAt10: 0 };
  let recall = 0;
  let rr = 0;
  let ndcg = 0;
  for (const r of results) {
    const rel = new Set(r.relevant);
    recall += recallAtK(r.ranked, rel, 5);
    rr += reciprocalRank(r.ranked, rel);
    ndcg += ndcgAtK(r.ranked, rel, 10);
  }
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { queries: n, recallAt5: round(recall), mrr: round(rr), ndcgAt10: round(ndcg) };
}
