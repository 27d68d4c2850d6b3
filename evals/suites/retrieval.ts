/**
 * retrieval: interview-question search on the interviews engineer's query set
 * (evals/data/retrieval/). Their module ranks each query per method (offline
 * embedder, lexical, hybrid); the harness computes recall@k, MRR and nDCG.
 */
import { loadCapability } from "../core/capability.ts";
import type { Suite } from "../core/types.ts";
import { type RankedQuery, summariseRanking } from "../metrics/ranking.ts";

interface RetrievalEvalModule {
  /** method name -> one ranked list per query */
  rankRetrievalQueries(options: {
    queriesFile?: string;
    limit: number;
  }): Promise<Record<string, RankedQuery[]>>;
}

const KS = [1, 5, 10];

export const retrievalSuite: Suite = {
  name: "retrieval",
  title: "Interview question retrieval",
  description:
    "Recall@k, MRR and nDCG of interview-question search on queries phrased the way people ask, with their relevant question ids, per ranking method.",
  async run(ctx) {
    const mod = await loadCapability<RetrievalEvalModule>(
      "Retrieval measurement (tools/interviews/eval)",
      ["tools/interviews/eval/index.ts", "tools/interviews/eval/retrieval.ts"],
      ["rankRetrievalQueries"],
    );
    const byMethod = await mod.rankRetrievalQueries({ queriesFile: ctx.dataOverride, limit: 10 });
    const metrics: Record<string, number> = {};
    const rows: (string | number)[][] = [];
    let queries = 0;
    for (const [method, ranked] of Object.entries(byMethod)) {
      const s = summariseRanking(ranked, KS);
      queries = s.queries;
      for (const k of KS) {
        metrics[`${method}.recall@${k}`] = s.recallAt[k];
        metrics[`${method}.ndcg@${k}`] = s.ndcgAt[k];
      }
      metrics[`${method}.mrr`] = s.mrr;
      rows.push([method, s.recallAt[1], s.recallAt[5], s.recallAt[10], s.mrr, s.ndcgAt[10]]);
    }
    return {
      metrics: { queries, ...metrics },
      dataset: { source: ctx.dataOverride ?? "evals/data/retrieval", items: queries },
      charts: [
        {
          kind: "bars",
          title: "Ranking quality per method",
          series: ["recall@5", "MRR", "nDCG@10"],
          max: 1,
          groups: rows.map((r) => ({
            label: String(r[0]),
            values: [r[2] as number, r[4] as number, r[5] as number],
          })),
        },
      ],
      tables: [
        {
          title: "Per method",
          columns: ["method", "recall@1", "recall@5", "recall@10", "MRR", "nDCG@10"],
          rows,
        },
      ],
      notes: [`Ranked by ${mod.modulePath}.`],
    };
  },
};
