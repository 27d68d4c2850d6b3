import { type Kysely, sql } from "kysely";

/**
 * How many questions contain each search term (stemmed), refreshed whenever questions are
 * loaded or imported. Search keeps only a request's rarer terms: "the time I broke
 * production" searches for "broke | production", not for "time", which would match half
 * the bank and cost a full-text rank of thousands of rows (measured: 230 ms at 10,000).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE question_term_stats (
      term text PRIMARY KEY,
      ndoc integer NOT NULL
    );
    ALTER TABLE question_embedding_space ADD COLUMN documents integer NOT NULL DEFAULT 0;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE question_embedding_space DROP COLUMN IF EXISTS documents;
    DROP TABLE IF EXISTS question_term_stats;
  `.execute(db);
}
