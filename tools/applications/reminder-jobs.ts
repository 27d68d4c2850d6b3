/**
 * Wiring for the composition root: registers the reminder job handler on the queue and
 * re-arms every pending reminder, so reminders stored before a restart (or by the CLI)
 * are delivered. Call once per process that runs jobs (the service or a worker).
 */
import type { Db } from "../../data/db/types.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import { createApplicationStore } from "../../data/repositories/application-store.ts";
import {
  handleReminderJob,
  queueReminderScheduler,
  REMINDER_JOB,
  type ReminderDelivery,
  type ReminderJobPayload,
  type ReminderOutcome,
  rearmPendingReminders,
} from "./reminders.ts";

export interface ReminderJobsDeps {
  db: Db;
  queue: JobQueue;
  delivery: ReminderDelivery;
  /** Told about every handled job (for logs and metrics). */
  onOutcome?: (outcome: ReminderOutcome, payload: ReminderJobPayload) => void;
}

/**
 * One delivery port over several channels, picked by the channel the person last used.
 * Channels missing from the map (a terminal, say) cannot start a conversation, so their
 * reminders are skipped rather than retried.
 */
export function routeReminders(byChannel: Record<string, ReminderDelivery>): ReminderDelivery {
  const target = (channel: string) => (Object.hasOwn(byChannel, channel) ? byChannel[channel] : undefined);
  return {
    canDeliver: (channel) => {
      const delivery = target(channel);
      return delivery !== undefined && (delivery.canDeliver?.(channel) ?? true);
    },
    deliver: async (userId, channel, message, parts) => {
      const delivery = target(channel);
      if (!delivery) throw new Error(`No reminder delivery for the ${channel} channel.`);
      await delivery.deliver(userId, channel, message, parts);
    },
  };
}

const isPayload = (p: unknown): p is ReminderJobPayload =>
  typeof p === "object" &&
  p !== null &&
  typeof (p as ReminderJobPayload).reminderId === "string" &&
  typeof (p as ReminderJobPayload).userId === "string";

/** Registers the handler (before queue.start()) and returns how many reminders were re-armed. */
export async function wireReminderJobs(deps: ReminderJobsDeps): Promise<{ rearmed: number }> {
  const store = createApplicationStore(deps.db);
  const scheduler = queueReminderScheduler(deps.queue);
  deps.queue.register<unknown>(
    REMINDER_JOB,
    async (payload) => {
      if (!isPayload(payload)) {
        deps.onOutcome?.(
          { outcome: "skipped", reason: "malformed job payload" },
          payload as ReminderJobPayload,
        );
        return;
      }
      deps.onOutcome?.(await handleReminderJob(store, deps.delivery, payload, { scheduler }), payload);
    },
    // A channel that is down gets a few chances over several minutes before the job is dead-lettered.
    { attempts: 5, backoffMs: 30_000 },
  );
  return { rearmed: await rearmPendingReminders(store, scheduler) };
}
