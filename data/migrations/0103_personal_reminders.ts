/**
 * Personal reminders: "remind me to update my portfolio on friday", "recuérdame llamar a
 * Ana el lunes a las 10" — a reminder about the person's own life, tied to no application.
 * It is a reminder row like the follow-ups (same queue job, same once-only delivery claim),
 * with kind 'personal', no application, and the task, as the person will read it, in
 * `message`. The constraint keeps the two kinds apart: a personal reminder never hangs on
 * an application (deleting one must not take it along), and its task is never empty.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_kind_valid;
    ALTER TABLE reminders
      ADD CONSTRAINT reminders_kind_valid CHECK (kind IN ('follow_up','interview','personal')),
      ADD CONSTRAINT reminders_personal_alone CHECK (
        kind <> 'personal' OR (application_id IS NULL AND char_length(btrim(message)) BETWEEN 1 AND 300)
      );
    CREATE INDEX reminders_user_pending ON reminders(user_id, due_at) WHERE status = 'pending';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DELETE FROM reminders WHERE kind = 'personal';
    DROP INDEX IF EXISTS reminders_user_pending;
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_personal_alone;
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_kind_valid;
    ALTER TABLE reminders ADD CONSTRAINT reminders_kind_valid CHECK (kind IN ('follow_up','interview'));
  `.execute(db);
}
