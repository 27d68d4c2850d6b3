/**
 * Storing, arming and delivering reminders. The database row is the durable truth; the
 * job queue only wakes a worker when one is due. Delivery claims the reminder first
 * (a unique delivery record), so retries, duplicate jobs and restarts never send twice.
 */

import type { ReplyPart } from "../../contract/conversation.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import type { ApplicationRecord, ReminderRecord } from "../../data/repositories/application-records.ts";
import type { ApplicationRepositories, ApplicationStore } from "../../data/repositories/application-store.ts";
import { personalReminderMessage, personalReminderParts } from "../reminders/personal-message.ts";
import { leadKept } from "./kept-lead.ts";
import {
  planReminders,
  type ReminderPlanOptions,
  reminderMessage,
  reminderParts,
  stillRelevant,
} from "./reminder-plan.ts";

/** Job name the queue runs `handleReminderJob` under. */
export const REMINDER_JOB = "applications.reminder";

export interface ReminderJobPayload {
  reminderId: string;
  userId: string;
}

/** Channels implement this: send a message to a person on one channel (slack, discord, teams, web...). */
export interface ReminderDelivery {
  /**
   * Throwing means "not delivered, try again later": the claim is released and the job retried.
   * `parts` carry the reminder as rich content (the application with answer buttons);
   * channels that cannot draw them send `message` alone.
   */
  deliver(userId: string, channel: string, message: string, parts?: ReplyPart[]): Promise<void>;
  /** False for channels that cannot start a conversation (a terminal); such reminders are skipped, not retried. */
  canDeliver?(channel: string): boolean;
}

/** Wakes a worker for a reminder at its due time (the job queue, in production). */
export interface ReminderScheduler {
  /** `recheck`: a job fired early and asks to be woken again (must not be dropped as a duplicate). */
  arm(
    reminder: { id: string; userId: string; dueAt: Date },
    now: Date,
    options?: { recheck?: boolean },
  ): Promise<void>;
}

/** The scheduler over the project job queue (BullMQ or the embedded runner). */
export function queueReminderScheduler(queue: Pick<JobQueue, "enqueue">): ReminderScheduler {
  return {
    async arm(reminder, now, options = {}) {
      // The job key makes arming idempotent (re-arming at start-up adds no duplicate job);
      // it includes the due time so a reminder revived for a new time gets a new job.
      const base = `reminder-${reminder.id}-${reminder.dueAt.getTime()}`;
      await queue.enqueue(
        REMINDER_JOB,
        { reminderId: reminder.id, userId: reminder.userId },
        {
          delayMs: Math.max(0, reminder.dueAt.getTime() - now.getTime()),
          jobKey: options.recheck ? `${base}-recheck-${now.getTime()}` : base,
        },
      );
    },
  };
}

/**
 * Brings an application's reminders in line with its current state: cancels pending
 * ones that no longer fit and stores the ones it now deserves. Runs inside the caller's
 * transaction; returns what must be armed once that transaction commits.
 */
export async function syncReminders(
  repos: ApplicationRepositories,
  app: ApplicationRecord,
  options: ReminderPlanOptions,
): Promise<{ id: string; userId: string; dueAt: Date }[]> {
  const existing = await repos.reminders.forApplication(app.userId, app.id);
  // An interview that moved keeps the lead the person chose for its reminder (kept-lead.ts).
  const wanted = planReminders(app, { ...options, leadMs: options.leadMs ?? leadKept(existing) });
  const wantedKeys = new Set(wanted.map((r) => `${r.kind}:${r.subjectAt?.toISOString()}`));
  for (const reminder of existing) {
    if (reminder.state !== "pending") continue;
    if (!wantedKeys.has(`${reminder.kind}:${reminder.subjectAt?.toISOString()}`)) {
      await repos.reminders.cancelPending(app.userId, app.id, reminder.kind);
    }
  }
  const armed: { id: string; userId: string; dueAt: Date }[] = [];
  for (const plan of wanted) {
    const stored = await repos.reminders.schedule(plan);
    if (stored.state === "pending") armed.push({ id: stored.id, userId: stored.userId, dueAt: stored.dueAt });
  }
  return armed;
}

/** Arms reminders after commit; a failure here is repaired by `rearmPendingReminders` at the next start. */
export async function armAll(
  scheduler: ReminderScheduler | undefined,
  reminders: { id: string; userId: string; dueAt: Date }[],
  now: Date,
): Promise<void> {
  if (!scheduler) return;
  for (const reminder of reminders) await scheduler.arm(reminder, now);
}

/** At start-up: every pending reminder gets its job again, so nothing is lost when the queue was not durable. */
export async function rearmPendingReminders(
  store: ApplicationStore,
  scheduler: ReminderScheduler,
  now = new Date(),
): Promise<number> {
  const pending = await store.reminders.allPending();
  for (const reminder of pending) await scheduler.arm(reminder, now);
  return pending.length;
}

/** Longer than any channel takes to deliver one message. */
const STALE_CLAIM_MS = 10 * 60_000;

export type ReminderOutcome =
  | { outcome: "sent"; channel: string; message: string }
  | { outcome: "already_sent" }
  | { outcome: "skipped"; reason: string }
  | { outcome: "not_due"; dueAt: Date };

export interface DeliverOptions {
  now?: Date;
  /** Default: the zone the person's chat platform reported (stored on their identity). */
  timeZone?: string;
  /** Re-arms a reminder whose job fired before it was due. */
  scheduler?: ReminderScheduler;
}

/**
 * The queue job: deliver one reminder if it is due, pending and still relevant.
 * A channel failure gives the claim back and rethrows, so the queue retries it.
 */
export async function handleReminderJob(
  store: ApplicationStore,
  delivery: ReminderDelivery,
  payload: ReminderJobPayload,
  options: DeliverOptions = {},
): Promise<ReminderOutcome> {
  const now = options.now ?? new Date();
  const { reminderId, userId } = payload;
  const reminder = await store.reminders.get(userId, reminderId);
  if (!reminder) return { outcome: "skipped", reason: "reminder no longer exists" };
  if (reminder.state === "sent") return { outcome: "already_sent" };
  if (reminder.state !== "pending") return { outcome: "skipped", reason: `reminder is ${reminder.state}` };
  // A job can fire early (clock skew, a re-armed job); the row decides.
  if (reminder.dueAt.getTime() > now.getTime() + 60_000) {
    await options.scheduler?.arm(reminder, now, { recheck: true });
    return { outcome: "not_due", dueAt: reminder.dueAt };
  }

  // The person's own reminder has no application to check: due and pending is enough.
  if (reminder.kind === "personal") {
    const task = reminder.task ?? "";
    return deliverOnce(store, delivery, reminder, now, async () => ({
      message: personalReminderMessage(task),
      parts: personalReminderParts(),
    }));
  }
  const app = reminder.applicationId ? await store.applications.get(userId, reminder.applicationId) : null;
  if (!app || !stillRelevant(reminder, app, now)) {
    await store.reminders.finish(userId, reminderId, "skipped", null);
    return { outcome: "skipped", reason: "the application has moved on" };
  }
  return deliverOnce(store, delivery, reminder, now, async () => {
    const timeZone = options.timeZone ?? (await store.reminders.timeZoneOf(userId));
    return {
      message: reminderMessage(reminder.kind, app, now, timeZone),
      parts: reminderParts(reminder.kind, app),
    };
  });
}

/**
 * Sends one due reminder at most once: on the channel the person last used, after claiming
 * it (a unique delivery row). A channel failure gives the claim back and rethrows, so the
 * queue retries; `compose` runs only once the claim is ours.
 */
async function deliverOnce(
  store: ApplicationStore,
  delivery: ReminderDelivery,
  reminder: ReminderRecord,
  now: Date,
  compose: () => Promise<{ message: string; parts: ReplyPart[] }>,
): Promise<ReminderOutcome> {
  const { id: reminderId, userId } = reminder;
  const channel = await store.reminders.lastChannel(userId);
  if (!channel) {
    await store.reminders.finish(userId, reminderId, "skipped", null);
    return { outcome: "skipped", reason: "the person has no channel to reach them on" };
  }
  if (delivery.canDeliver && !delivery.canDeliver(channel)) {
    await store.reminders.finish(userId, reminderId, "skipped", channel);
    return { outcome: "skipped", reason: `the ${channel} channel cannot send messages on its own` };
  }
  if (!(await store.reminders.claimDelivery(userId, reminderId, channel, now))) {
    // Claimed before. A claim this old belongs to a run that died after claiming (it
    // may have sent): close the row so start-up stops re-arming it. A fresh claim
    // belongs to a worker still delivering, which marks the row itself or gives it back.
    const [claim] = await store.reminders.deliveries(userId, reminderId);
    if (claim && now.getTime() - claim.deliveredAt.getTime() > STALE_CLAIM_MS) {
      await store.reminders.finish(userId, reminderId, "sent", claim.channel);
    }
    return { outcome: "already_sent" };
  }
  const { message, parts } = await compose();
  try {
    await delivery.deliver(userId, channel, message, parts);
  } catch (error) {
    await store.reminders.releaseDelivery(userId, reminderId);
    throw error;
  }
  await store.reminders.finish(userId, reminderId, "sent", channel);
  return { outcome: "sent", channel, message };
}
