/**
 * Runs the retrieval set through question search in each mode and scores the rankings.
 * The caller supplies the search dependencies (a migrated database with the bank loaded
 * by the embedder under test), so the same code measures PGlite, PostgreSQL, or any
 * embedder variant.
 */
import { type SearchDeps, type SearchMode, searchQuestions } from "../search.ts";
import { type RetrievalScores, summarize } from "./metrics.ts";
import type { RetrievalQuery } from "./retrieval-set.ts";

export interface ModeResult extends RetrievalScores {
  mode: SearchMode;
  split: "dev" | "test" | "all";
}

export async function rankAll(
  deps: SearchDeps,
  queries: RetrievalQuery[],
  mode: SearchMode,
): Promise<{ query: RetrievalQuery; ranked: string[] }[]> {
  const out: { query: RetrievalQuery; ranked: string[] }[] = [];
  for (const query of queries) {
    const hits = await searchQuestions(deps, {
      query: query.query,
      filters: query.role ? { role: query.role } : {},
      limit: 10,
      mode,
    });
    out.push({ query, ranked: hits.map((h) => h.question.id) });
  }
  return out;
}

export async function evaluateRetrieval(
  deps: SearchDeps,
  queries: RetrievalQuery[],
  modes: SearchMode[] = ["lexical", "vector", "hybrid"],
): Promise<ModeResult[]> {
  const rows: ModeResult[] = [];
  for (const mode of modes) {
    const ranked = await rankAll(deps, queries, mode);
    for (const split of ["dev", "test", "all"] as const) {
      const subset = ranked.filter((r) => split === "all" || r.query.split === split);
      rows.push({
        mode,
        split,
        ...summarize(subset.map((r) => ({ ranked: r.ranked, relevant: r.query.relevant }))),
      });
    }
  }
  return rows;
}
