/**
 * Interview question search over a generated 10,000-question bank, on real PostgreSQL
 * (pgvector HNSW) and on embedded PGlite: the full hybrid search a person triggers
 * (embed the query offline + HNSW neighbours + full-text + tag candidates + ranking),
 * plus a filtered search (exact scan of one role) and the vector part alone.
 * Target: hybrid search p95 <= 10 ms on both.
 */
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { createOfflineEmbedder } from "../data/embeddings/offline-embedder.ts";
import { loadQuestionBank } from "../data/questions/load.ts";
import type { InterviewQuestion } from "../data/questions/types.ts";
import { syncQuestionVectors } from "../data/repositories/question-embeddings.ts";
import { scratchPostgresForBench } from "../test-support/postgres-database.ts";
import { createInterviewContext } from "../tools/interviews/context.ts";
import { loadRetrievalSet } from "../tools/interviews/eval/retrieval-set.ts";
import { searchQuestions } from "../tools/interviews/search.ts";
import type { BenchContext } from "./harness.ts";

const SIZE = 10_000;

const SETTINGS = [
  "at an early-stage startup",
  "in a regulated industry such as banking or healthcare",
  "for a senior position",
  "for an internship",
  "in a remote team across time zones",
  "at a large enterprise",
  "in the public sector",
  "for a team lead role",
];

/** 10,000 distinct questions built from the bank: each adds a setting and another question's key point. */
export function generateBank(size = SIZE): InterviewQuestion[] {
  const bank = loadQuestionBank().questions;
  const out: InterviewQuestion[] = [];
  for (let i = 0; i < size; i++) {
    const base = bank[i % bank.length]!;
    const other = bank[(i * 7919) % bank.length]!;
    const extra = other.keyPoints[i % other.keyPoints.length]!;
    const setting = SETTINGS[Math.floor(i / bank.length) % SETTINGS.length]!;
    out.push({
      ...base,
      id: `bench-${i}`,
      text: `${base.text.replace(/[?.]$/, "")} ${setting}? Also consider: ${extra.toLowerCase()} (#${i}).`,
      keyPoints: [...base.keyPoints, extra],
      skills: [...new Set([...base.skills, ...other.skills.slice(0, 1)])],
    });
  }
  return out;
}

async function measureSearches(ctx: BenchContext, db: Db, label: string): Promise<void> {
  const ic = createInterviewContext(db);
  const t0 = performance.now();
  await syncQuestionVectors(db, ic.embedder, { bank: generateBank() });
  ctx.record({
    name: `interviews: load+embed+index ${SIZE} questions (${label})`,
    unit: "ms",
    p50: performance.now() - t0,
    p95: performance.now() - t0,
    n: 1,
  });
  const queries = loadRetrievalSet().map((q) => q.query);
  let i = 0;
  const next = () => queries[i++ % queries.length]!;
  await ctx.measure(
    `interviews: hybrid search, ${SIZE} questions, HNSW (${label})`,
    () => searchQuestions(ic, { query: next(), limit: 10 }),
    {
      iterations: 200,
      warmup: 20,
    },
  );
  await ctx.measure(
    `interviews: hybrid search filtered by role, ${SIZE} questions (${label})`,
    () => searchQuestions(ic, { query: next(), filters: { role: "data-scientist" }, limit: 10 }),
    { iterations: 100, warmup: 10 },
  );
  const embedder = createOfflineEmbedder();
  const vectors = await embedder.embed(queries);
  let j = 0;
  await ctx.measure(
    `interviews: HNSW top-20 only, ${SIZE} questions (${label})`,
    () => ic.questions.candidates({ vector: vectors[j++ % vectors.length], filters: {}, perPart: 20 }),
    { iterations: 200, warmup: 20 },
  );
}

async function postgres(ctx: BenchContext): Promise<void> {
  const scratch = await scratchPostgresForBench("interviews bench", { maxConnections: 4 });
  if (!scratch) return;
  try {
    await measureSearches(ctx, scratch.db, "postgres");
  } finally {
    await scratch.drop();
  }
}

async function pglite(ctx: BenchContext): Promise<void> {
  const db = await openDatabase({ memory: true });
  try {
    await migrateToLatest(db);
    await measureSearches(ctx, db, "pglite");
  } finally {
    await db.close();
  }
}

export default async function interviewsBench(ctx: BenchContext): Promise<void> {
  await postgres(ctx);
  await pglite(ctx);
}
