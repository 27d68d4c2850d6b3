/**
 * Reminders are rows first and queue jobs second: the row is the truth (what is due,
 * whether it was sent), the job only wakes a worker at the right time. A reminder is
 * sent at most once because delivery starts by inserting into reminder_deliveries,
 * whose primary key is the reminder id.
 */
import type { Queryable } from "../db/types.ts";
import type { ReminderKind, ReminderRecord, ReminderState } from "./application-records.ts";
import { isUuid } from "./applications.ts";

interface ReminderRow {
  id: string;
  user_id: string;
  application_id: string | null;
  kind: ReminderKind;
  due_at: Date;
  status: ReminderState;
  subject_at: Date | null;
  message: string;
  created_at: Date;
}

const COLUMNS = "id, user_id, application_id, kind, due_at, status, subject_at, message, created_at";

const toRecord = (r: ReminderRow): ReminderRecord => ({
  id: r.id,
  userId: r.user_id,
  applicationId: r.application_id,
  kind: r.kind,
  dueAt: new Date(r.due_at),
  state: r.status,
  subjectAt: r.subject_at ? new Date(r.subject_at) : null,
  ...(r.kind === "personal" ? { task: r.message } : {}),
  createdAt: new Date(r.created_at),
});

export interface NewReminder {
  userId: string;
  /** Null only for a personal reminder. */
  applicationId: string | null;
  kind: ReminderKind;
  dueAt: Date;
  subjectAt: Date | null;
  message: string;
  /** Same key = same reminder: scheduling it twice keeps one row. */
  dedupeKey: string;
}

export class RemindersRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Creates the reminder, or revives a cancelled one with the same key (an interview
   * moved away and back). A reminder already sent or pending is returned as it is, and so
   * is one the person stopped — unless `byPerson`: they asked for this reminder themselves.
   */
  async schedule(reminder: NewReminder, options: { byPerson?: boolean } = {}): Promise<ReminderRecord> {
    const { rows } = await this.db.query<ReminderRow>(
      `INSERT INTO reminders (user_id, application_id, kind, due_at, subject_at, message, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO UPDATE
         SET status = 'pending', due_at = EXCLUDED.due_at, message = EXCLUDED.message
         WHERE reminders.status = 'cancelled' OR ($8 AND reminders.status = 'stopped')
       RETURNING ${COLUMNS}`,
      [
        reminder.userId,
        reminder.applicationId,
        reminder.kind,
        reminder.dueAt,
        reminder.subjectAt,
        reminder.message,
        reminder.dedupeKey,
        options.byPerson === true,
      ],
    );
    if (rows[0]) return toRecord(rows[0]);
    const existing = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE dedupe_key = $1`,
      [reminder.dedupeKey],
    );
    return toRecord(existing.rows[0]);
  }

  /**
   * Cancels what is still pending for an application (all kinds, or one). Returns the ids.
   * `stopped` records that the person asked for it, so the planner never revives them.
   */
  async cancelPending(
    userId: string,
    applicationId: string,
    kind?: ReminderKind,
    options: { stopped?: boolean } = {},
  ): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `UPDATE reminders SET status = $4
       WHERE user_id = $1 AND application_id = $2 AND status = 'pending' AND ($3::text IS NULL OR kind = $3)
       RETURNING id`,
      [userId, applicationId, kind ?? null, options.stopped ? "stopped" : "cancelled"],
    );
    return rows.map((r) => r.id);
  }

  async get(userId: string, id: string): Promise<ReminderRecord | null> {
    if (!isUuid(id) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async forApplication(userId: string, applicationId: string): Promise<ReminderRecord[]> {
    if (!isUuid(applicationId) || !isUuid(userId)) return [];
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE user_id = $1 AND application_id = $2 ORDER BY due_at, id`,
      [userId, applicationId],
    );
    return rows.map(toRecord);
  }

  /** One person's pending reminders, soonest first ("any reminders?" in chat). */
  async pendingFor(userId: string, limit = 100): Promise<ReminderRecord[]> {
    if (!isUuid(userId)) return [];
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE user_id = $1 AND status = 'pending' AND application_id IS NOT NULL
       ORDER BY due_at, id LIMIT $2`,
      [userId, limit],
    );
    return rows.map(toRecord);
  }

  /**
   * A personal reminder (no application): the task is its message. The key makes asking
   * twice for the same task at the same time one reminder, not two.
   */
  async schedulePersonal(
    userId: string,
    task: string,
    dueAt: Date,
    dedupeKey: string,
  ): Promise<ReminderRecord> {
    return this.schedule(
      { userId, applicationId: null, kind: "personal", dueAt, subjectAt: null, message: task, dedupeKey },
      { byPerson: true },
    );
  }

  /** One person's pending personal reminders, soonest first. */
  async pendingPersonal(userId: string, limit = 100): Promise<ReminderRecord[]> {
    if (!isUuid(userId)) return [];
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE user_id = $1 AND status = 'pending' AND kind = 'personal'
       ORDER BY due_at, id LIMIT $2`,
      [userId, limit],
    );
    return rows.map(toRecord);
  }

  /** Stops one of the person's pending personal reminders; null when they have no such reminder pending. */
  async stopPersonal(userId: string, id: string): Promise<ReminderRecord | null> {
    if (!isUuid(id) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<ReminderRow>(
      `UPDATE reminders SET status = 'stopped'
       WHERE user_id = $1 AND id = $2 AND kind = 'personal' AND status = 'pending'
       RETURNING ${COLUMNS}`,
      [userId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Moves a pending reminder to another time ("remind me on friday"); null when it is not pending. */
  async moveDue(userId: string, id: string, dueAt: Date): Promise<ReminderRecord | null> {
    if (!isUuid(id) || !isUuid(userId)) return null;
    const { rows } = await this.db.query<ReminderRow>(
      `UPDATE reminders SET due_at = $3 WHERE user_id = $1 AND id = $2 AND status = 'pending'
       RETURNING ${COLUMNS}`,
      [userId, id, dueAt],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Every pending reminder of every user (the person's own ones too): re-armed in the queue
   * at start-up so a restart loses none.
   */
  async allPending(limit = 10_000): Promise<ReminderRecord[]> {
    const { rows } = await this.db.query<ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE status = 'pending' AND (application_id IS NOT NULL OR kind = 'personal')
       ORDER BY due_at LIMIT $1`,
      [limit],
    );
    return rows.map(toRecord);
  }

  /**
   * Claims the right to deliver. True for exactly one caller per reminder, ever; the
   * reminder must still be pending, so a cancelled one is never claimed.
   */
  async claimDelivery(userId: string, reminderId: string, channel: string, at: Date): Promise<boolean> {
    const { rows } = await this.db.query(
      `INSERT INTO reminder_deliveries (reminder_id, user_id, channel, delivered_at)
       SELECT id, user_id, $3, $4 FROM reminders WHERE id = $1 AND user_id = $2 AND status = 'pending'
       ON CONFLICT (reminder_id) DO NOTHING
       RETURNING reminder_id`,
      [reminderId, userId, channel, at],
    );
    return rows.length > 0;
  }

  /** Gives the claim back after the channel failed, so the queue's retry can deliver it. */
  async releaseDelivery(userId: string, reminderId: string): Promise<void> {
    await this.db.query("DELETE FROM reminder_deliveries WHERE reminder_id = $1 AND user_id = $2", [
      reminderId,
      userId,
    ]);
  }

  async finish(
    userId: string,
    reminderId: string,
    state: "sent" | "skipped",
    channel: string | null,
  ): Promise<void> {
    await this.db.query(
      `UPDATE reminders SET status = $3, channel = $4, sent_at = CASE WHEN $3 = 'sent' THEN now() ELSE sent_at END
       WHERE id = $1 AND user_id = $2`,
      [reminderId, userId, state, channel],
    );
  }

  async deliveries(userId: string, reminderId: string): Promise<{ channel: string; deliveredAt: Date }[]> {
    const { rows } = await this.db.query<{ channel: string; delivered_at: Date }>(
      "SELECT channel, delivered_at FROM reminder_deliveries WHERE reminder_id = $1 AND user_id = $2",
      [reminderId, userId],
    );
    return rows.map((r) => ({ channel: r.channel, deliveredAt: new Date(r.delivered_at) }));
  }

  /** The channel the person last talked to us on (kept up to date by the conversation entry). */
  /** The time zone a platform last reported for the person (Slack users.info), if any. */
  async timeZoneOf(userId: string): Promise<string | undefined> {
    if (!isUuid(userId)) return undefined;
    const { rows } = await this.db.query<{ time_zone: string }>(
      `SELECT time_zone FROM channel_identities WHERE user_id = $1 AND time_zone IS NOT NULL
       ORDER BY last_seen_at DESC LIMIT 1`,
      [userId],
    );
    return rows[0]?.time_zone;
  }

  async lastChannel(userId: string): Promise<string | null> {
    if (!isUuid(userId)) return null;
    const { rows } = await this.db.query<{ last_channel: string | null }>(
      "SELECT last_channel FROM users WHERE id = $1",
      [userId],
    );
    return rows[0]?.last_channel ?? null;
  }
}
