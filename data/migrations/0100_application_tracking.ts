/**
 * Application tracking on top of the first schema: the status tokens enforced by the
 * database, the next interview time (for the day-before reminder), undoable status
 * changes, and the delivery record that makes a reminder impossible to send twice.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE applications
      ADD CONSTRAINT applications_status_valid CHECK (status IN (
        'saved','applied','phone_screen','technical_interview','final_interview',
        'offer','accepted','rejected','withdrawn','ghosted')),
      ADD COLUMN interview_at timestamptz;
    CREATE INDEX applications_user_status ON applications(user_id, status);
    CREATE INDEX applications_user_applied ON applications(user_id, applied_on);

    ALTER TABLE application_status_events
      ADD CONSTRAINT application_events_status_valid CHECK (to_status IN (
        'saved','applied','phone_screen','technical_interview','final_interview',
        'offer','accepted','rejected','withdrawn','ghosted')),
      ADD COLUMN undone_at timestamptz,
      -- Two changes can share a timestamp (a fast script, a pinned clock); the sequence keeps their order.
      ADD COLUMN seq bigserial;
    CREATE INDEX application_events_user ON application_status_events(user_id, application_id);

    -- "skipped": the reminder came due but no longer applied (the company answered,
    -- the interview moved) or the person has no channel to reach them on.
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_status_check;
    ALTER TABLE reminders
      ADD CONSTRAINT reminders_status_valid CHECK (status IN ('pending','sent','cancelled','skipped')),
      ADD CONSTRAINT reminders_kind_valid CHECK (kind IN ('follow_up','interview')),
      ADD COLUMN subject_at timestamptz;
    CREATE INDEX reminders_application ON reminders(application_id, status);

    -- One row per delivered reminder. Inserting it is the claim: a second worker, a
    -- retried job or a restart finds the row and sends nothing.
    CREATE TABLE reminder_deliveries (
      reminder_id uuid PRIMARY KEY REFERENCES reminders(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      channel text NOT NULL,
      delivered_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS reminder_deliveries;
    DROP INDEX IF EXISTS reminders_application;
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_status_valid,
      DROP CONSTRAINT IF EXISTS reminders_kind_valid, DROP COLUMN IF EXISTS subject_at;
    ALTER TABLE reminders ADD CONSTRAINT reminders_status_check CHECK (status IN ('pending','sent','cancelled'));
    DROP INDEX IF EXISTS application_events_user;
    ALTER TABLE application_status_events DROP CONSTRAINT IF EXISTS application_events_status_valid,
      DROP COLUMN IF EXISTS undone_at, DROP COLUMN IF EXISTS seq;
    DROP INDEX IF EXISTS applications_user_applied;
    DROP INDEX IF EXISTS applications_user_status;
    ALTER TABLE applications DROP CONSTRAINT IF EXISTS applications_status_valid, DROP COLUMN IF EXISTS interview_at;
  `.execute(db);
}
