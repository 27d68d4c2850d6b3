/**
 * Ranking metrics for retrieval: each query has a ranked list of returned ids and a set
 * of relevant ids (binary relevance).
 */

export interface RankedQuery {
  ranked: string[];
  relevant: string[];
}

/** Share of the relevant items found in the top k. */
export function recallAtK(q: RankedQuery, k: number): number {
  if (q.relevant.length === 0) return 0;
  const top = new Set(q.ranked.slice(0, k));
  return q.relevant.filter((id) => top.has(id)).length / q.relevant.length;
}

/** 1 / rank of the first relevant item, 0 when none is returned. */
export function reciprocalRank(q: RankedQuery): number {
  const relevant = new Set(q.relevant);
  const i = q.ranked.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Binary-relevance nDCG@k: DCG of the ranking over DCG of the ideal ranking. */
export function ndcgAtK(q: RankedQuery, k: number): number {
  const relevant = new Set(q.relevant);
  let dcg = 0;
  q.ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface RankingSummary {
  queries: number;
  recallAt: Record<number, number>;
  mrr: number;
  ndcgAt: Record<number, number>;
}

export function summariseRanking(queries: RankedQuery[], ks: number[] = [1, 5, 10]): RankingSummary {
  const mean = (f: (q: RankedQuery) => number) =>
    queries.length ? queries.reduce((a, q) => a + f(q), 0) / queries.length : 0;
  const recallAt: Record<number, number> = {};
  const ndcgAt: Record<number, number> = {};
  for (const k of ks) {
    recallAt[k] = mean((q) => recallAtK(q, k));
    ndcgAt[k] = mean((q) => ndcgAtK(q, k));
  }
  return { queries: queries.length, recallAt, mrr: mean(reciprocalRank), ndcgAt };
}
