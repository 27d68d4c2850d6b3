/**
 * Files the Teams bot has offered a person and is waiting for their consent to upload
 * (the FileConsentCard flow: Teams uploads nothing without the person's "Allow", and the
 * bytes must wait somewhere any instance can read when the answer comes). Each offer
 * belongs to a channel identity (deleting the identity or the person deletes it), is
 * removed as soon as it is answered, and expires after an hour: a data export does not
 * linger in the database.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS teams_file_offers (
      id uuid PRIMARY KEY,
      channel text NOT NULL DEFAULT 'teams' CHECK (channel = 'teams'),
      external_id text NOT NULL,
      conversation_id text NOT NULL,
      filename text NOT NULL,
      mime_type text NOT NULL,
      content bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      FOREIGN KEY (channel, external_id) REFERENCES channel_identities (channel, external_id) ON DELETE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS teams_file_offers_expiry ON teams_file_offers (expires_at)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS teams_file_offers_identity ON teams_file_offers (channel, external_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS teams_file_offers`.execute(db);
}
