/**
 * `node --import tsx tools/interviews/eval/tune-floor.ts`: sweeps the topic floor of the
 * hybrid search (search.ts TOPIC_FLOOR) on the DEV half of the retrieval set: for each
 * floor, in-bank recall@5 and MRR (what the floor must not cost), the share of in-bank
 * queries left with nothing, and the share of off-bank queries that find nothing (what it
 * is for). The test half is printed beside, never used to choose.
 */
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { createOfflineEmbedder } from "../../../data/embeddings/offline-embedder.ts";
import { syncQuestionVectors } from "../../../data/repositories/question-embeddings.ts";
import { createQuestionsRepository } from "../../../data/repositories/questions.ts";
import { taxonomySkillResolver } from "../context.ts";
import { searchQuestions } from "../search.ts";
import { summarize } from "./metrics.ts";
import { isOffBank, loadRetrievalSet } from "./retrieval-set.ts";

const db = await openDatabase({ memory: true });
await migrateToLatest(db);
const embedder = createOfflineEmbedder();
await syncQuestionVectors(db, embedder);
const deps = { questions: createQuestionsRepository(db), embedder, resolveSkill: taxonomySkillResolver() };
const queries = loadRetrievalSet();

async function measure(floor: number, split: "dev" | "test") {
  const rows: { ranked: string[]; relevant: string[]; off: boolean }[] = [];
  for (const q of queries.filter((x) => x.split === split)) {
    const hits = await searchQuestions(deps, {
      query: q.query,
      filters: q.role ? { role: q.role } : {},
      limit: 10,
      floor,
    });
    rows.push({ ranked: hits.map((h) => h.question.id), relevant: q.relevant, off: isOffBank(q) });
  }
  const inBank = rows.filter((r) => !r.off);
  const offBank = rows.filter((r) => r.off);
  const s = summarize(inBank);
  const empty = (rs: typeof rows) => rs.filter((r) => r.ranked.length === 0).length / Math.max(1, rs.length);
  return { r5: s.recallAt5, mrr: s.mrr, inEmpty: empty(inBank), offAbstain: empty(offBank) };
}

const f = (x: number) => x.toFixed(3);
console.log("floor | dev R@5 MRR in-empty off-abstain | test R@5 MRR in-empty off-abstain");
for (const floor of [0, 0.24, 0.26, 0.28, 0.3, 0.31, 0.32, 0.33, 0.34, 0.36, 0.38]) {
  const dev = await measure(floor, "dev");
  const test = await measure(floor, "test");
  console.log(
    floor.toFixed(2),
    "|",
    [dev.r5, dev.mrr, dev.inEmpty, dev.offAbstain].map(f).join(" "),
    "|",
    [test.r5, test.mrr, test.inEmpty, test.offAbstain].map(f).join(" "),
  );
}
await db.close();
