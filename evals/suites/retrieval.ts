/**
 * retrieval: interview-question search on the interviews engineer's query set
 * (evals/data/retrieval/queries.yaml: people's phrasings with the relevant question
 * ids). Each query runs through the product's search on the shipped bank, per ranking
 * mode; the harness computes recall@k, MRR and nDCG, overall and per split (test
 * queries were never used for tuning).
 */
import path from "node:path";
import { loadCapability } from "../core/capability.ts";
import type { Suite } from "../core/types.ts";
import { summariseRanking } from "../metrics/ranking.ts";
import { openQuestionSearch } from "./ports.ts";

interface RetrievalSetModule {
  loadRetrievalSet(
    file?: string,
  ): { id: string; split: "dev" | "test"; query: string; role?: string; relevant: string[] }[];
}

const MODES = ["lexical", "vector", "hybrid"];
const KS = [1, 5, 10];

export const retrievalSuite: Suite = {
  name: "retrieval",
  title: "Interview question retrieval",
  description:
    "Recall@k, MRR and nDCG of interview-question search (lexical, vector and the shipped hybrid) on queries phrased the way people ask, with their relevant question ids.",
  async run(ctx) {
    const { loadRetrievalSet, modulePath } = await loadCapability<RetrievalSetModule>(
      "The retrieval set loader (tools/interviews/eval)",
      ["tools/interviews/eval/retrieval-set.ts"],
      ["loadRetrievalSet"],
    );
    const file = ctx.dataOverride ? path.resolve(ctx.dataOverride) : undefined;
    const queries = loadRetrievalSet(file);
    const search = await openQuestionSearch();
    const metrics: Record<string, number> = {
      queries: queries.filter((q) => q.relevant.length > 0).length,
      offbank_queries: queries.filter((q) => q.relevant.length === 0).length,
    };
    const rows: (string | number)[][] = [];
    const groups: { label: string; values: number[] }[] = [];
    const abstainRows: (string | number)[][] = [];
    try {
      // The fast run keeps the two modes the "default beats lexical" floor compares.
      for (const mode of ctx.fast ? ["lexical", "hybrid"] : MODES) {
        const all: { split: string; ranked: string[]; relevant: string[] }[] = [];
        for (const q of queries) {
          const hits = await search.search(q.query, { mode, role: q.role, limit: 10 });
          all.push({ split: q.split, ranked: hits.map((h) => h.question.id), relevant: q.relevant });
        }
        // Off-bank queries (relevant: []) have no ranking to score: only whether the search
        // found nothing, which is what lets the chat say the bank lacks the topic.
        const ranked = all.filter((r) => r.relevant.length > 0);
        const offBank = all.filter((r) => r.relevant.length === 0);
        const emptyShare = (rows: typeof all) =>
          rows.length ? rows.filter((r) => r.ranked.length === 0).length / rows.length : 0;
        if (offBank.length) {
          metrics[`${mode}.offbank.abstain`] = emptyShare(offBank);
          metrics[`${mode}.offbank.test.abstain`] = emptyShare(offBank.filter((r) => r.split === "test"));
          metrics[`${mode}.inbank.empty`] = emptyShare(ranked);
          abstainRows.push([
            mode,
            offBank.length,
            metrics[`${mode}.offbank.abstain`],
            metrics[`${mode}.offbank.test.abstain`],
            metrics[`${mode}.inbank.empty`],
          ]);
        }
        for (const split of ["all", "test"] as const) {
          const subset = ranked.filter((r) => split === "all" || r.split === split);
          const s = summariseRanking(subset, KS);
          const prefix = split === "all" ? mode : `${mode}.test`;
          for (const k of KS) metrics[`${prefix}.recall@${k}`] = s.recallAt[k];
          metrics[`${prefix}.mrr`] = s.mrr;
          metrics[`${prefix}.ndcg@10`] = s.ndcgAt[10];
          rows.push([
            mode,
            split,
            s.queries,
            s.recallAt[1],
            s.recallAt[5],
            s.recallAt[10],
            s.mrr,
            s.ndcgAt[10],
          ]);
          if (split === "all") groups.push({ label: mode, values: [s.recallAt[5], s.mrr, s.ndcgAt[10]] });
        }
      }
    } finally {
      await search.close();
    }
    metrics["hybrid_minus_lexical.mrr"] = metrics["hybrid.mrr"] - metrics["lexical.mrr"];
    return {
      metrics,
      dataset: { source: file ?? "evals/data/retrieval/queries.yaml", items: queries.length },
      charts: [
        {
          kind: "bars",
          title: "Ranking quality per mode (all queries)",
          series: ["recall@5", "MRR", "nDCG@10"],
          max: 1,
          groups,
        },
      ],
      tables: [
        {
          title: "Per mode and split",
          columns: ["mode", "split", "queries", "recall@1", "recall@5", "recall@10", "MRR", "nDCG@10"],
          rows,
        },
        {
          title: "Topics the bank lacks (relevant: [])",
          columns: [
            "mode",
            "off-bank queries",
            "found nothing (all)",
            "found nothing (test)",
            "in-bank queries that found nothing",
          ],
          rows: abstainRows,
        },
      ],
      notes: [
        `Search: ${search.modulePath} on an in-memory PGlite with the real migrations and the shipped bank embedded by the offline embedder (HNSW, cosine). Query set loaded by ${modulePath}.`,
        ...(ctx.fast ? ["Fast run: the vector-only mode is left out."] : []),
        "The test split was never used for tuning weights or the embedder; its numbers are the honest ones.",
      ],
    };
  },
};
