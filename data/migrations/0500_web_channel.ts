/**
 * Web channel storage: the signing secret (shared by every app instance on the same
 * database), chat threads owned by a web identity, the transcript the widget re-renders
 * on reload (reply parts included), and uploaded files waiting for their chat turn.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS web_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS web_threads (
      id text PRIMARY KEY,
      identity_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS web_threads_identity_idx ON web_threads (identity_key, updated_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE TABLE IF NOT EXISTS web_messages (
      id bigserial PRIMARY KEY,
      thread_id text NOT NULL REFERENCES web_threads(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('user', 'assistant')),
      text text NOT NULL DEFAULT '',
      parts jsonb NOT NULL DEFAULT '[]'::jsonb,
      attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
      interrupted boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS web_messages_thread_idx ON web_messages (thread_id, id)`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS web_uploads (
      id text PRIMARY KEY,
      identity_key text NOT NULL,
      filename text NOT NULL,
      mime_type text NOT NULL,
      size integer NOT NULL,
      bytes bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS web_uploads_identity_idx ON web_uploads (identity_key, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS web_uploads, web_messages, web_threads, web_secrets`.execute(db);
}
