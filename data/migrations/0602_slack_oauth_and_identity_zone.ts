/**
 * OAuth installs for many workspaces keep what Bolt's InstallProvider needs to authorize
 * events later (bot id, granted scopes, app id, who installed); a chat identity keeps the
 * time zone and locale its platform reported (Slack users.info), so reminders are due and
 * worded in the person's own hours.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE slack_installations
      ADD COLUMN IF NOT EXISTS app_id text,
      ADD COLUMN IF NOT EXISTS bot_id text,
      ADD COLUMN IF NOT EXISTS bot_scopes text,
      ADD COLUMN IF NOT EXISTS installed_by text`.execute(db);
  await sql`
    ALTER TABLE channel_identities
      ADD COLUMN IF NOT EXISTS time_zone text,
      ADD COLUMN IF NOT EXISTS locale text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE channel_identities DROP COLUMN IF EXISTS time_zone, DROP COLUMN IF EXISTS locale`.execute(
    db,
  );
  await sql`
    ALTER TABLE slack_installations DROP COLUMN IF EXISTS app_id, DROP COLUMN IF EXISTS bot_id,
      DROP COLUMN IF EXISTS bot_scopes, DROP COLUMN IF EXISTS installed_by`.execute(db);
}
