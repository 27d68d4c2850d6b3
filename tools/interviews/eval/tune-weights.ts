/**
 * `node --import tsx tools/interviews/eval/tune-weights.ts`: grid search of the hybrid
 * ranking weights on the DEV half of the retrieval set (the test half is only reported),
 * with the shipped offline embedder on an in-memory PGlite. Prints the best settings.
 */
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { syncQuestionVectors } from "../../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../../data/repositories/questions.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import type { HybridWeights } from "../search.ts";
import { isOffBank, loadRetrievalSet } from "./retrieval-set.ts";
import { evaluateRetrieval } from "./run-retrieval.ts";

const db = await openDatabase({ memory: true });
await migrateToLatest(db);
const embedder = createOfflineEmbedder();
await syncQuestionVectors(db, embedder);
const taxonomy = getTaxonomy();
const resolveSkill = (t: string) => {
  const s = taxonomy.lookup(t);
  return s && !s.ambiguous ? s.id : undefined;
};
const queries = loadRetrievalSet().filter((q) => !isOffBank(q));
const dev = queries.filter((q) => q.split === "dev");
const results: { weights: HybridWeights; dev: number; mrr: number; test?: string }[] = [];
for (const lexical of [0.1, 0.2, 0.35, 0.5, 0.75, 1]) {
  for (const tags of [0, 0.05, 0.1, 0.2]) {
    for (const role of [0, 0.05, 0.1]) {
      const weights = { vector: 1, lexical, tags, role };
      const [row] = await evaluateRetrieval(
        { questions: createQuestionsRepository(db), embedder, resolveSkill, weights },
        dev,
        ["hybrid"],
      );
      results.push({ weights, dev: row!.recallAt5 + row!.mrr, mrr: row!.mrr });
    }
  }
}
results.sort((a, b) => b.dev - a.dev);
for (const r of results.slice(0, 8)) console.log(JSON.stringify(r.weights), "dev R@5+MRR", r.dev.toFixed(3));
await db.close();
