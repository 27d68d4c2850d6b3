/**
 * What every application operation runs with: whose data, which store, the clock and
 * time zone (so "today" and "yesterday" mean the person's day), the follow-up window
 * from config, and where to arm reminders.
 */
import type { Db } from "../../data/db/types.ts";
import { CareerCraftError, notFound } from "../../data/errors.ts";
import type { JobQueue } from "../../data/queue/types.ts";
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import {
  type ApplicationRepositories,
  type ApplicationStore,
  createApplicationStore,
} from "../../data/repositories/application-store.ts";
import { calendarDay } from "./dates.ts";
import type { ReminderPlanOptions } from "./reminder-plan.ts";
import { queueReminderScheduler, type ReminderScheduler } from "./reminders.ts";

export interface ApplicationsContext {
  store: ApplicationStore;
  userId: string;
  /** config.applications.followUpDays */
  followUpDays: number;
  /** IANA zone of the person; UTC when unknown. */
  timeZone?: string;
  /** Arms reminders in the job queue; without one they are stored and armed at the next start. */
  scheduler?: ReminderScheduler;
  /** The clock; tests pin it. */
  now?: () => Date;
}

/** The one way a service front end (chat, REST) builds the context: same store, queue and window. */
export function applicationsContextFor(
  db: Db,
  userId: string,
  options: { followUpDays: number; queue?: JobQueue; timeZone?: string },
): ApplicationsContext {
  return {
    store: createApplicationStore(db),
    userId,
    followUpDays: options.followUpDays,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.queue ? { scheduler: queueReminderScheduler(options.queue) } : {}),
  };
}

export const nowOf = (ctx: ApplicationsContext): Date => ctx.now?.() ?? new Date();

export const todayOf = (ctx: ApplicationsContext): string => calendarDay(nowOf(ctx), ctx.timeZone);

export const planOptions = (ctx: ApplicationsContext): ReminderPlanOptions => ({
  now: nowOf(ctx),
  followUpDays: ctx.followUpDays,
  timeZone: ctx.timeZone,
});

/** Refuses work for a user id that does not exist, rather than returning an empty answer. */
export async function requireUser(ctx: ApplicationsContext): Promise<void> {
  if (!(await ctx.store.applications.userExists(ctx.userId))) throw unknownUser(ctx);
}

export const unknownUser = (ctx: ApplicationsContext) =>
  new CareerCraftError("not_found", `No user with id "${String(ctx.userId).slice(0, 80)}" was found.`);

/**
 * The person's application, or a not-found error. Another person's id gets the same
 * answer as a missing one, so ids reveal nothing about other accounts.
 */
export async function requireApplication(
  repos: ApplicationRepositories,
  ctx: ApplicationsContext,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRecord> {
  const app = await repos.applications.get(ctx.userId, String(id), options);
  if (!app) throw notFound(`Application "${String(id).slice(0, 80)}"`);
  return app;
}
