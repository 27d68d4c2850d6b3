/**
 * Keeps the stored question vectors in the space of the configured embedder. The vector
 * column's dimension and its HNSW index depend on the embedder (612 offline, 1536 OpenAI,
 * 768 Gemini), so when the embedder changes every question is re-embedded, the column is
 * retyped and the index rebuilt, all in one transaction: a failure (say the embedding API
 * is down) leaves the previous vectors and index untouched.
 */
import { createHash } from "node:crypto";
import type { Queryable } from "../db/types.ts";
import type { Embedder } from "../embeddings/types.ts";
import { type EmbeddingTextMode, questionEmbeddingText } from "../questions/embedding-text.ts";
import { loadQuestionBank } from "../questions/load.ts";
import type { InterviewQuestion } from "../questions/types.ts";
import { createQuestionsRepository } from "./questions.ts";

const BATCH = 64;
const MAX_INLINE_DIMENSIONS = 1536;
const MAX_HNSW_DIMENSIONS = 2000;

export interface EmbeddingSpace {
  embedder: string;
  dimensions: number;
  bankVersion: string | null;
}

export interface SyncReport {
  embedder: string;
  bankQuestionsWritten: number;
  reembedded: number;
  indexRebuilt: boolean;
}

interface Transactional extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

export function bankVersion(questions: InterviewQuestion[], textMode: EmbeddingTextMode | undefined): string {
  return createHash("sha256")
    .update(JSON.stringify([textMode ?? "default", questions]))
    .digest("hex")
    .slice(0, 16);
}

export async function readEmbeddingSpace(db: Queryable): Promise<EmbeddingSpace | undefined> {
  const { rows } = await db.query<{ embedder: string; dimensions: number; bank_version: string | null }>(
    "SELECT embedder, dimensions, bank_version FROM question_embedding_space",
  );
  const row = rows[0];
  return row
    ? { embedder: row.embedder, dimensions: row.dimensions, bankVersion: row.bank_version }
    : undefined;
}

export async function embedQuestions(
  embedder: Embedder,
  questions: InterviewQuestion[],
  textMode?: EmbeddingTextMode,
): Promise<number[][]> {
  const vectors: number[][] = [];
  for (let i = 0; i < questions.length; i += BATCH) {
    const batch = questions.slice(i, i + BATCH);
    vectors.push(...(await embedder.embed(batch.map((q) => questionEmbeddingText(q, textMode)))));
  }
  return vectors;
}

/**
 * Makes sure the shipped bank is loaded and every stored vector comes from `embedder`.
 * Cheap when nothing changed (one query), so it can run at every start-up.
 */
export async function syncQuestionVectors(
  db: Transactional,
  embedder: Embedder,
  options: { textMode?: EmbeddingTextMode; bank?: InterviewQuestion[] } = {},
): Promise<SyncReport> {
  const bank = options.bank ?? loadQuestionBank().questions;
  const version = bankVersion(bank, options.textMode);
  const space = await readEmbeddingSpace(db);
  const sameSpace = space?.embedder === embedder.id && space.dimensions === embedder.dimensions;
  if (sameSpace && space?.bankVersion === version) {
    return { embedder: embedder.id, bankQuestionsWritten: 0, reembedded: 0, indexRebuilt: false };
  }
  // Embed before opening the transaction: remote embedders can take seconds.
  const bankVectors = await embedQuestions(embedder, bank, options.textMode);
  const others = sameSpace ? [] : await loadNonBankQuestions(db, bank);
  const otherVectors = await embedQuestions(embedder, others, options.textMode);
  return db.transaction(async (tx) => {
    const repo = createQuestionsRepository(tx);
    if (!sameSpace) {
      await tx.query("DROP INDEX IF EXISTS interview_questions_hnsw");
      await tx.query("UPDATE interview_questions SET embedding = NULL, embedder = NULL");
      await tx.query(
        `ALTER TABLE interview_questions ALTER COLUMN embedding TYPE vector(${embedder.dimensions})`,
      );
      // Inline storage keeps HNSW chosen by the planner (see migration 0200); vectors too big
      // to sit in an 8 KB row go out of line uncompressed.
      const storage = embedder.dimensions <= MAX_INLINE_DIMENSIONS ? "PLAIN" : "EXTERNAL";
      await tx.query(`ALTER TABLE interview_questions ALTER COLUMN embedding SET STORAGE ${storage}`);
    }
    // The shipped files are the source of truth for the shared bank: a question removed
    // or renamed there goes (with its bookmarks), so a renamed id cannot collide with
    // its old row on the same text.
    await tx.query(
      "DELETE FROM interview_questions WHERE organization_id IS NULL AND source = 'careercraft' AND NOT (id = ANY($1::text[]))",
      [bank.map((q) => q.id)],
    );
    const written = await repo.upsert(bank, bankVectors, embedder.id);
    await repo.upsert(others, otherVectors, embedder.id);
    // pgvector's HNSW indexes vectors of up to 2,000 dimensions; larger ones are searched exactly.
    if (!sameSpace && embedder.dimensions <= MAX_HNSW_DIMENSIONS) {
      await tx.query(
        "CREATE INDEX interview_questions_hnsw ON interview_questions USING hnsw (embedding vector_cosine_ops)",
      );
    }
    await tx.query(
      `INSERT INTO question_embedding_space (singleton, embedder, dimensions, bank_version, updated_at)
       VALUES (true, $1, $2, $3, now())
       ON CONFLICT (singleton) DO UPDATE SET embedder = $1, dimensions = $2, bank_version = $3, updated_at = now()`,
      [embedder.id, embedder.dimensions, version],
    );
    await repo.refreshTermStats();
    return {
      embedder: embedder.id,
      bankQuestionsWritten: written,
      reembedded: others.length,
      indexRebuilt: !sameSpace,
    };
  });
}

/** Imported questions (not part of the shipped bank) that must be re-embedded too. */
async function loadNonBankQuestions(db: Queryable, bank: InterviewQuestion[]): Promise<InterviewQuestion[]> {
  const all = await createQuestionsRepository(db).listAllExcept(bank.map((q) => q.id));
  return all.filter((q) => q.source !== "careercraft");
}
