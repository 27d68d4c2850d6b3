/**
 * `node --import tsx tools/interviews/eval/compare-embedders.ts [--split dev|test|all]`:
 * measures offline embedder variants (word vectors only, n-grams only, mixes, pack sizes,
 * what text of a question is embedded) on the retrieval set, on an in-memory PGlite with
 * the real migrations, search SQL and HNSW index. This is how the shipped default was
 * chosen; the numbers are printed as a table.
 */
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { loadGlovePack } from "../../../data/embeddings/glove-pack.ts";
import {
  createOfflineEmbedder,
  type OfflineEmbedderOptions,
} from "../../../data/embeddings/offline-embedder.ts";
import type { EmbeddingTextMode } from "../../../data/questions/embedding-text.ts";
import { syncQuestionVectors } from "../../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../../data/repositories/questions.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { isOffBank, loadRetrievalSet } from "./retrieval-set.ts";
import { evaluateRetrieval } from "./run-retrieval.ts";

interface Variant {
  name: string;
  options: Partial<OfflineEmbedderOptions>;
  textMode?: EmbeddingTextMode;
}

const ngram = (buckets: number, wordWeight = 1) => ({ buckets, minN: 3, maxN: 5, wordWeight });
const PLAIN = { removeCommonDirection: false, normalizePerWord: false, stemFeature: false, sifA: 1e-3 };

/** Each variant changes one thing against the plain mix or against the shipped default. */
const VARIANTS: Variant[] = [
  { name: "glove only", options: { gloveShare: 1, ngram: ngram(8, 0) } },
  { name: "ngram only", options: { gloveShare: 0, ngram: ngram(512) } },
  { name: "plain mix 0.5 (no SIF tweaks)", options: { ...PLAIN } },
  { name: "plain + common-direction removal", options: { ...PLAIN, removeCommonDirection: true } },
  { name: "plain + per-word n-gram weight", options: { ...PLAIN, normalizePerWord: true } },
  { name: "plain + stem feature", options: { ...PLAIN, stemFeature: true } },
  { name: "shipped default (question x3 + points + skills)", options: {} },
  { name: "default, glove share 0.3", options: { gloveShare: 0.3 } },
  { name: "default, glove share 0.7", options: { gloveShare: 0.7 } },
  { name: "default, 256 buckets", options: { ngram: ngram(256) } },
  { name: "default, 1024 buckets", options: { ngram: ngram(1024) } },
  { name: "default, pack top 10k words", options: { vocabularyLimit: 10_000 } },
  { name: "default, pack top 20k words", options: { vocabularyLimit: 20_000 } },
  { name: "default, embed question text only", options: {}, textMode: "question" },
  { name: "default, embed question+points", options: {}, textMode: "question+keypoints" },
  { name: "default, embed question+points+skills", options: {}, textMode: "question+keypoints+skills" },
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const queries = loadRetrievalSet().filter((q) => !isOffBank(q));
  const taxonomy = getTaxonomy();
  const resolveSkill = (t: string) => {
    const s = taxonomy.lookup(t);
    return s && !s.ambiguous ? s.id : undefined;
  };
  const pack = loadGlovePack();
  const db = await openDatabase({ memory: true });
  await migrateToLatest(db);
  const table: Record<string, unknown>[] = [];
  for (const variant of VARIANTS.filter((v) => !only || v.name.includes(only))) {
    const embedder = createOfflineEmbedder({ ...variant.options, pack });
    await syncQuestionVectors(db, embedder, { textMode: variant.textMode });
    const rows = await evaluateRetrieval(
      { questions: createQuestionsRepository(db), embedder, resolveSkill },
      queries,
      ["vector", "hybrid"],
    );
    for (const r of rows) {
      table.push({
        variant: variant.name,
        mode: r.mode,
        split: r.split,
        "R@5": r.recallAt5,
        MRR: r.mrr,
        "nDCG@10": r.ndcgAt10,
      });
    }
  }
  const lexical = await evaluateRetrieval(
    { questions: createQuestionsRepository(db), embedder: createOfflineEmbedder({ pack }), resolveSkill },
    queries,
    ["lexical"],
  );
  for (const r of lexical)
    table.push({
      variant: "postgres full-text",
      mode: r.mode,
      split: r.split,
      "R@5": r.recallAt5,
      MRR: r.mrr,
      "nDCG@10": r.ndcgAt10,
    });
  await db.close();
  console.table(table);
}

await main();
