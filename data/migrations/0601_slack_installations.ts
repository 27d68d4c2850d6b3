/**
 * Slack installations: the bot token each workspace granted when it installed the app
 * (OAuth v2). One row per workspace; reinstalling replaces the token. Uninstalling
 * (app_uninstalled / tokens_revoked) deletes the row.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS slack_installations (
      team_id text PRIMARY KEY,
      team_name text,
      bot_token text NOT NULL,
      bot_user_id text,
      installed_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS slack_installations`.execute(db);
}
