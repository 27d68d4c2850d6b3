/**
 * "stopped": the person asked for an application's reminders to stop. Unlike
 * "cancelled" (the planner withdrew a reminder that no longer fits, and may bring it back
 * when it fits again), a stopped reminder is never revived by the planner — only by the
 * person asking for a reminder again — so editing the application later does not quietly
 * re-arm what they turned off.
 */
import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_status_valid;
    ALTER TABLE reminders
      ADD CONSTRAINT reminders_status_valid CHECK (status IN ('pending','sent','cancelled','skipped','stopped'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    UPDATE reminders SET status = 'cancelled' WHERE status = 'stopped';
    ALTER TABLE reminders DROP CONSTRAINT IF EXISTS reminders_status_valid;
    ALTER TABLE reminders
      ADD CONSTRAINT reminders_status_valid CHECK (status IN ('pending','sent','cancelled','skipped'));
  `.execute(db);
}
