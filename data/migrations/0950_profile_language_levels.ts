/**
 * The level a person wrote beside each spoken language ("German (B1)", "Spanish – fluent"),
 * by language name, kept beside the names in `languages` so rows written before it still read.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE profiles ADD COLUMN IF NOT EXISTS language_levels jsonb NOT NULL DEFAULT '{}'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE profiles DROP COLUMN IF EXISTS language_levels`.execute(db);
}
