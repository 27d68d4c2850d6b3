/**
 * What a person asks of their reminders in chat (or any front end): the pending ones,
 * optionally only those due within some days; an application's follow-up moved to a day
 * they name ("remind me to follow up with Gusto on friday", read in their time zone); and
 * an application's pending reminders stopped. The same rows and job queue as the
 * reminders the tracker plans itself (reminders.ts), so delivery is unchanged.
 */

import { validationError } from "../../data/errors.ts";
import type {
  ApplicationRecord,
  ApplicationReminderKind,
  ReminderRecord,
} from "../../data/repositories/application-records.ts";
import { type ApplicationsContext, nowOf, requireApplication, requireUser } from "./context.ts";
import { parseFutureInstant } from "./dates.ts";
import { remindBeforeInterview, saysBeforeInterview } from "./interview-dates.ts";
import type { InterviewLead } from "./interview-lead.ts";
import { awaitsAnswer, followUpAt } from "./reminder-plan.ts";
import { armAll } from "./reminders.ts";
import { STATUS_LABELS } from "./status.ts";

const DAY_MS = 86_400_000;

export interface UpcomingReminder {
  id: string;
  kind: ApplicationReminderKind;
  dueAt: Date;
  /** `interviewAt`: the interview an interview reminder is the day before (shown beside it, not as it). */
  application: Pick<ApplicationRecord, "id" | "company" | "position" | "status" | "interviewAt">;
}

/** Pending reminders, soonest first; `withinDays` keeps those due before that many days from now. */
export async function upcomingReminders(
  ctx: ApplicationsContext,
  options: { withinDays?: number } = {},
): Promise<UpcomingReminder[]> {
  await requireUser(ctx);
  const until = options.withinDays ? nowOf(ctx).getTime() + options.withinDays * DAY_MS : Infinity;
  // pendingFor reads application reminders only (personal ones: tools/reminders).
  const pending = (await ctx.store.reminders.pendingFor(ctx.userId)).filter(
    (r): r is ReminderRecord & { applicationId: string; kind: ApplicationReminderKind } =>
      r.dueAt.getTime() <= until && r.applicationId !== null && r.kind !== "personal",
  );
  // One query for the applications behind every reminder, not one per reminder.
  const apps = new Map(
    (
      await ctx.store.applications.getMany(
        ctx.userId,
        pending.map((r) => r.applicationId),
      )
    ).map((a) => [a.id, a]),
  );
  const out: UpcomingReminder[] = [];
  for (const r of pending) {
    const app = apps.get(r.applicationId);
    if (!app) continue;
    const { id, company, position, status, interviewAt } = app;
    out.push({
      id: r.id,
      kind: r.kind,
      dueAt: r.dueAt,
      application: { id, company, position, status, interviewAt },
    });
  }
  return out;
}

/**
 * Moves the application's follow-up to the moment `when` names ("friday", "in 3 days",
 * "next week" — 09:00 in the person's zone when no time is said). A follow-up waits for an
 * answer, so it fits an application sent and not yet answered; anything else is refused
 * with the reason and nothing is stored.
 */
export async function remindOn(
  ctx: ApplicationsContext,
  applicationId: string,
  when: string,
): Promise<{ application: ApplicationRecord; dueAt: Date; interviewAt?: Date; lead?: InterviewLead }> {
  if (typeof when !== "string")
    throw validationError('Say when, like "friday" or "in 3 days".', { field: "when" });
  // "the day before (my interview)": the interview's own reminder (interview-dates.ts).
  if (saysBeforeInterview(when)) return remindBeforeInterview(ctx, applicationId, when);
  const now = nowOf(ctx);
  const dueAt = followUpTime(when, now, ctx.timeZone);
  await requireUser(ctx);
  const result = await ctx.store.transaction(async (repos) => {
    const app = await requireApplication(repos, ctx, applicationId, { forUpdate: true });
    if (!awaitsAnswer(app) || app.appliedOn === null) {
      throw validationError(
        `A follow-up reminder is for an application still waiting for an answer; ${app.company} is at "${STATUS_LABELS[app.status].toLowerCase()}". Tell me when your next interview is and I'll remind you the day before.`,
        { field: "application" },
      );
    }
    const stored = await repos.reminders.schedule(followUpAt({ ...app, appliedOn: app.appliedOn }, dueAt), {
      byPerson: true,
    });
    // The follow-up already went out (one of an application logged weeks back falls due at
    // once, trial13): a day asked for now is another follow-up, not a refusal.
    const follow = { ...app, appliedOn: app.appliedOn };
    const once = followUpAt(follow, dueAt);
    const moved =
      (await repos.reminders.moveDue(ctx.userId, stored.id, dueAt)) ??
      (await repos.reminders.schedule(
        { ...once, dedupeKey: `${once.dedupeKey}:asked:${dueAt.toISOString()}` },
        { byPerson: true },
      ));
    if (moved.state !== "pending") {
      throw validationError(`I already sent the follow-up reminder for ${app.company}.`, {
        field: "application",
      });
    }
    return { application: app, reminder: moved };
  });
  await armAll(ctx.scheduler, [result.reminder], now);
  return { application: result.application, dueAt };
}

const WEEKDAY = /^(?:on |this )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i;

/**
 * The moment a reminder phrase names, in the person's zone. A bare weekday is the next one
 * whose 09:00 is still ahead: "friday" said on a Friday afternoon is a week on, not an error.
 */
export function followUpTime(when: string, now: Date, timeZone?: string): Date {
  const zone = timeZone ? { timeZone } : {};
  try {
    return parseFutureInstant(when, { now, ...zone });
  } catch (error) {
    if (!WEEKDAY.test(when.trim())) throw error;
    return parseFutureInstant(when, { now: new Date(now.getTime() + DAY_MS), ...zone });
  }
}

/**
 * Stops the application's pending reminders; returns how many there were. They stay
 * stopped when the application is edited later (the planner does not revive them); a
 * new interview time is a new reminder, and asking for a follow-up brings that one back.
 */
export async function stopReminders(
  ctx: ApplicationsContext,
  applicationId: string,
): Promise<{ application: ApplicationRecord; stopped: number }> {
  await requireUser(ctx);
  return ctx.store.transaction(async (repos) => {
    const app = await requireApplication(repos, ctx, applicationId, { forUpdate: true });
    const stopped = await repos.reminders.cancelPending(ctx.userId, app.id, undefined, { stopped: true });
    return { application: app, stopped: stopped.length };
  });
}
