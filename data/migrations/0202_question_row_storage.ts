import { type Kysely, sql } from "kysely";

/**
 * Keeps every column of a question in its row (compressed if need be) instead of in the
 * TOAST table. The inline vector already fills 2.4 KB of the 2 KB toasting target, so by
 * default PostgreSQL would move the text, key points and full-text vector out of line and
 * each search would fetch them back one by one for every candidate.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE interview_questions
      ALTER COLUMN question SET STORAGE MAIN,
      ALTER COLUMN key_points SET STORAGE MAIN,
      ALTER COLUMN skills SET STORAGE MAIN,
      ALTER COLUMN text_key SET STORAGE MAIN,
      ALTER COLUMN search_tsv SET STORAGE MAIN;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE interview_questions
      ALTER COLUMN question SET STORAGE EXTENDED,
      ALTER COLUMN key_points SET STORAGE EXTENDED,
      ALTER COLUMN skills SET STORAGE EXTENDED,
      ALTER COLUMN text_key SET STORAGE EXTENDED,
      ALTER COLUMN search_tsv SET STORAGE EXTENDED;
  `.execute(db);
}
