/**
 * Chat-platform conversation references: where to reach a person on a platform later
 * (a reminder by direct message). One per channel identity; deleting the identity (or
 * the person) deletes it. The reference is the platform's own address (workspace,
 * conversation, user), never message content.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS channel_references (
      channel text NOT NULL,
      external_id text NOT NULL,
      reference jsonb NOT NULL,
      direct boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (channel, external_id),
      FOREIGN KEY (channel, external_id) REFERENCES channel_identities (channel, external_id) ON DELETE CASCADE
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS channel_references`.execute(db);
}
