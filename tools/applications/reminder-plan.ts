/**
 * Which reminders an application deserves and when: a follow-up N days after applying
 * while nothing has been heard, and a reminder the day before a scheduled interview.
 * Pure decisions; reminders.ts stores and delivers them.
 */

import type { ListPart, ReplyPart } from "../../contract/conversation.ts";
import type {
  ApplicationRecord,
  ReminderKind,
  ReminderRecord,
} from "../../data/repositories/application-records.ts";
import type { NewReminder } from "../../data/repositories/reminders.ts";
import { addDays, daysBetween, formatInstant, zonedInstant } from "./dates.ts";
import { isOpen, STATUS_LABELS } from "./status.ts";

/** Local hour a follow-up arrives: the start of a working day, not midnight. */
const FOLLOW_UP_HOUR = 9;
const DAY_MS = 86_400_000;

export interface ReminderPlanOptions {
  now: Date;
  followUpDays: number;
  timeZone?: string;
  /** How long before an interview its reminder comes; the day before unless the person said. */
  leadMs?: number;
}

/**
 * The follow-up for an application that is waiting for an answer. Past its due time it
 * is sent right away, unless it is so old (another whole window has passed) that a
 * nudge would be noise, as when someone records last month's applications.
 */
export function planFollowUp(app: ApplicationRecord, options: ReminderPlanOptions): NewReminder | null {
  if (app.status !== "applied" || app.appliedOn === null) return null;
  const sent = app as ApplicationRecord & { appliedOn: string };
  const dueDay = addDays(app.appliedOn, options.followUpDays);
  let dueAt = zonedInstant(dueDay, FOLLOW_UP_HOUR, options.timeZone);
  if (dueAt.getTime() < options.now.getTime()) {
    if (dueAt.getTime() + options.followUpDays * DAY_MS < options.now.getTime()) return null;
    dueAt = options.now;
  }
  return followUpAt(sent, dueAt, dueDay);
}

/**
 * The follow-up of an application that was sent (`appliedOn` set), due at `dueAt`: the
 * planned one, or the one the person moved to a day of their choosing ("remind me on friday").
 * One per application and sending day (its dedupe key), so both are the same reminder.
 */
export function followUpAt(
  app: ApplicationRecord & { appliedOn: string },
  dueAt: Date,
  dueDay = dueAt.toISOString().slice(0, 10),
): NewReminder {
  return {
    userId: app.userId,
    applicationId: app.id,
    kind: "follow_up",
    dueAt,
    subjectAt: new Date(`${app.appliedOn}T00:00:00Z`),
    message: followUpMessage(app, dueDay),
    dedupeKey: `follow_up:${app.id}:${app.appliedOn}`,
  };
}

/** The reminder before the next interview (the day before unless said); due now when that is past. */
export function planInterviewReminder(
  app: ApplicationRecord,
  options: ReminderPlanOptions,
): NewReminder | null {
  if (!app.interviewAt || !isOpen(app.status)) return null;
  const interviewAt = app.interviewAt;
  if (interviewAt.getTime() <= options.now.getTime()) return null;
  const dayBefore = interviewAt.getTime() - (options.leadMs ?? DAY_MS);
  return {
    userId: app.userId,
    applicationId: app.id,
    kind: "interview",
    dueAt: new Date(Math.max(dayBefore, options.now.getTime())),
    subjectAt: interviewAt,
    message: interviewMessage(app, options.timeZone),
    dedupeKey: `interview:${app.id}:${interviewAt.toISOString()}`,
  };
}

export function planReminders(app: ApplicationRecord, options: ReminderPlanOptions): NewReminder[] {
  return [planFollowUp(app, options), planInterviewReminder(app, options)].filter(
    (r): r is NewReminder => r !== null,
  );
}

/**
 * Whether a reminder that came due still makes sense for the application as it is now:
 * an answer arrived, the application closed, or the interview moved.
 */
/**
 * Whether a follow-up the person asks for fits the application: it was sent and no answer
 * came — still "applied", or "ghosted", which is exactly when people write to the recruiter
 * (trial F3.5: it was refused). The tracker plans its own follow-ups for "applied" only.
 */
export function awaitsAnswer(app: Pick<ApplicationRecord, "status" | "appliedOn">): boolean {
  return (app.status === "applied" || app.status === "ghosted") && app.appliedOn !== null;
}

export function stillRelevant(reminder: ReminderRecord, app: ApplicationRecord | null, now: Date): boolean {
  if (!app) return false;
  if (reminder.kind === "follow_up") {
    return awaitsAnswer(app) && reminder.subjectAt?.toISOString().slice(0, 10) === app.appliedOn;
  }
  return (
    isOpen(app.status) &&
    app.interviewAt !== null &&
    reminder.subjectAt !== null &&
    app.interviewAt.getTime() === reminder.subjectAt.getTime() &&
    app.interviewAt.getTime() > now.getTime()
  );
}

export function reminderMessage(
  kind: ReminderKind,
  app: ApplicationRecord,
  now: Date,
  timeZone?: string,
): string {
  return kind === "follow_up"
    ? followUpMessage(app, now.toISOString().slice(0, 10))
    : interviewMessage(app, timeZone);
}

function followUpMessage(app: ApplicationRecord, onDay: string): string {
  const days = app.appliedOn ? daysBetween(app.appliedOn, onDay) : 0;
  return (
    `Time to follow up: you applied for ${app.position} at ${app.company} ${days} days ago ` +
    `(${app.appliedOn}) and haven't heard back. A short, polite note to the recruiter often gets an answer.`
  );
}

function interviewMessage(app: ApplicationRecord, timeZone?: string): string {
  const stage =
    app.status === "applied" || app.status === "saved"
      ? "interview"
      : STATUS_LABELS[app.status].toLowerCase();
  const when = app.interviewAt ? formatInstant(app.interviewAt, timeZone) : "soon";
  return (
    `Your ${stage} for ${app.position} at ${app.company} is ${when}. ` +
    "Review the job description and practise a few questions today."
  );
}

/**
 * The reminder as rich parts: the application with buttons that record the answer by
 * its id ("Heard back", "Rejected", "Ghosted" for a follow-up). Channels that draw
 * buttons send them back as actions; the words of `reminderMessage` stay the text.
 */
export function reminderParts(kind: ReminderKind, app: ApplicationRecord): ReplyPart[] {
  const answer = (label: string, status: ApplicationRecord["status"], style?: "primary" | "danger") => ({
    label,
    action: { type: "application_status" as const, applicationId: app.id, status },
    ...(style ? { style } : {}),
  });
  const item: ListPart["items"][number] = {
    id: app.id,
    text: `${app.position} — ${app.company}`,
    detail: `${STATUS_LABELS[app.status]}${app.appliedOn ? `, applied ${app.appliedOn}` : ""}`,
    ...(app.link ? { url: app.link } : {}),
    actions:
      kind === "follow_up"
        ? [
            answer("Got a phone screen", "phone_screen", "primary"),
            answer("Rejected", "rejected"),
            answer("No answer (ghosted)", "ghosted"),
          ]
        : [answer("Moved to the next round", "final_interview", "primary"), answer("Rejected", "rejected")],
  };
  return [
    {
      type: "list",
      title: kind === "follow_up" ? "Follow-up reminder" : "Interview reminder",
      items: [item],
    },
    ...(kind === "interview"
      ? [
          {
            type: "quickReplies" as const,
            options: [{ id: "practice", label: "Practise a question", text: "Give me a practice question" }],
          },
        ]
      : []),
  ];
}
