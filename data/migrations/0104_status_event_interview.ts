/**
 * The interview time an application had before a status change, kept on the change: undoing
 * "rejected" puts the application back at its interview stage, and the interview (and its
 * reminder) must come back with it — a rejection clears the time, so without this the undo
 * restored the stage with no interview (trial14 §9).
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE application_status_events ADD COLUMN IF NOT EXISTS interview_before timestamptz`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE application_status_events DROP COLUMN IF EXISTS interview_before`.execute(db);
}
