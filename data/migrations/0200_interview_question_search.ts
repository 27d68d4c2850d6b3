import { type Kysely, sql } from "kysely";

/**
 * Interview question search: full-text vector beside the embedding, tag and filter
 * indexes, a record of which embedder produced the stored vectors (the HNSW index and the
 * column's dimension are (re)built by data/repositories/question-embeddings.ts, because
 * the dimension depends on the configured embedder), duplicate protection for imports,
 * and indexes for bookmarks and practice history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Keep vectors inline: a 612-float vector (2.4 KB) is otherwise moved to TOAST, which
    -- makes every distance read a detour and makes the planner prefer a sequential scan
    -- over the HNSW index (measured: 150 ms vs 1.4 ms at 10,000 questions).
    ALTER TABLE interview_questions ALTER COLUMN embedding SET STORAGE PLAIN;
    ALTER TABLE interview_questions
      ADD COLUMN search_tsv tsvector,
      ADD COLUMN text_key text,
      ADD CONSTRAINT interview_questions_type_check
        CHECK (type IN ('behavioral', 'technical', 'situational', 'system_design', 'case'));
    CREATE INDEX interview_questions_tsv ON interview_questions USING gin (search_tsv);
    CREATE INDEX interview_questions_skills ON interview_questions USING gin (skills);
    CREATE INDEX interview_questions_role ON interview_questions (role, difficulty, type);
    CREATE INDEX interview_questions_org ON interview_questions (organization_id);
    -- The same question text can be imported once per organization (and once in the shared bank).
    CREATE UNIQUE INDEX interview_questions_text_unique
      ON interview_questions (COALESCE(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), text_key);

    CREATE TABLE question_embedding_space (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      embedder text NOT NULL,
      dimensions integer NOT NULL,
      -- Hash of the shipped bank last loaded, so start-up reloads it only when it changed.
      bank_version text,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE INDEX bookmarks_user_created ON bookmarks (user_id, created_at DESC);
    CREATE INDEX practice_user_created ON practice_attempts (user_id, created_at DESC);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS practice_user_created;
    DROP INDEX IF EXISTS bookmarks_user_created;
    DROP TABLE IF EXISTS question_embedding_space;
    DROP INDEX IF EXISTS interview_questions_hnsw;
    DROP INDEX IF EXISTS interview_questions_text_unique;
    DROP INDEX IF EXISTS interview_questions_org;
    DROP INDEX IF EXISTS interview_questions_role;
    DROP INDEX IF EXISTS interview_questions_skills;
    DROP INDEX IF EXISTS interview_questions_tsv;
    ALTER TABLE interview_questions
      DROP CONSTRAINT IF EXISTS interview_questions_type_check,
      DROP COLUMN IF EXISTS text_key,
      DROP COLUMN IF EXISTS search_tsv;
  `.execute(db);
}
