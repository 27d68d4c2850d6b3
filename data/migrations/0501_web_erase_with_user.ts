/**
 * "Delete my data" deletes the user, which cascades to their channel identities; this
 * trigger carries that on to the web channel's transcript and pending uploads, which
 * are keyed by the web identity rather than the user id (a visitor chats before the
 * agent has resolved them to a user).
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION web_erase_identity() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.channel = 'web' THEN
        DELETE FROM web_threads WHERE identity_key = OLD.external_id;
        DELETE FROM web_uploads WHERE identity_key = OLD.external_id;
      END IF;
      RETURN OLD;
    END $$`.execute(db);
  await sql`DROP TRIGGER IF EXISTS web_erase_identity ON channel_identities`.execute(db);
  await sql`
    CREATE TRIGGER web_erase_identity AFTER DELETE ON channel_identities
    FOR EACH ROW EXECUTE FUNCTION web_erase_identity()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS web_erase_identity ON channel_identities`.execute(db);
  await sql`DROP FUNCTION IF EXISTS web_erase_identity()`.execute(db);
}
