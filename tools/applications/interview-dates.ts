/**
 * The interview's day on the application: "they invited me to an interview next thursday!"
 * keeps Thursday (it was lost, blind3 trial item 27), and "remind me the day before" is the
 * day before that interview, not a day read on its own ("'the day before' is in the past").
 * The interview time lives on the application (`interview_at`, migration 0100) and its
 * reminder is the one the tracker plans itself (reminder-plan.ts: 24 hours before), so a
 * moved interview moves its reminder and delivery stays idempotent.
 */
import { validationError } from "../../data/errors.ts";
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import { type ApplicationsContext, nowOf, planOptions, requireApplication, requireUser } from "./context.ts";
import { withHourKept } from "./interview-hour-kept.ts";
import { DEFAULT_LEAD, type InterviewLead, interviewLead, LEAD_WORDS } from "./interview-lead.ts";
import { planInterviewReminder } from "./reminder-plan.ts";
import { armAll } from "./reminders.ts";
import { updateApplication } from "./service.ts";
import { type ApplicationStatus, INTERVIEW_STAGES, isOpen, parseStatus } from "./status.ts";
import { changeStatus } from "./workflow.ts";

/**
 * Sets when the interview is. With a stage ("technical_interview"), the application moves
 * there with that time; with none, an application already at an interview stage keeps it and
 * one before the interviews moves to the first interview stage after where it is.
 */
export async function setInterviewTime(
  ctx: ApplicationsContext,
  id: string,
  when: string | Date,
  stage?: string,
): Promise<{ application: ApplicationRecord; from: ApplicationStatus }> {
  await requireUser(ctx);
  const current = await requireApplication(ctx.store, ctx, id);
  const wanted = stage ? parseStatus(stage) : undefined;
  if (!isOpen(current.status) || current.status === "offer")
    throw validationError(
      `${current.company} is past the interviews, so there is no interview date to keep.`,
      {
        field: "interviewAt",
      },
    );
  const at = wanted ?? current.status;
  // "moved it to friday same time": the day said, at the hour the interview had.
  when = withHourKept(ctx, current, when);
  if (INTERVIEW_STAGES.includes(at) && at === current.status) {
    const application = await updateApplication(ctx, current.id, { interviewAt: when });
    return { application, from: current.status };
  }
  const next = wanted ?? INTERVIEW_STAGES[0]!;
  const { application } = await changeStatus(ctx, current.id, next, { interviewAt: when });
  return { application, from: current.status };
}

/**
 * "the day before", "a day before my interview", "the night before", "el día antes", "la veille",
 * "am Tag davor", "na véspera", "ek din pehle": a moment said relative to the interview.
 */
const BEFORE_INTERVIEW_WORDS = String.raw`(?:(?:on\s+)?the|a|one)\s+(?:day|night|evening)\s+before\b|\bday\s+before\b|\bbefore\s+(?:the|my|it|that)\b.*\binterview\b|\b(?:el|un)\s+d[ií]a\s+(?:anterior|antes)\b|\bla\s+noche\s+(?:anterior|antes)\b|\bla\s+veille\b|\ble\s+jour\s+(?:d'avant|précédent)|\bam\s+(?:vortag|vorabend|tag\s+davor|abend\s+davor)\b|\beinen\s+tag\s+(?:vorher|davor)\b|\b(?:o|no|um)\s+dia\s+(?:anterior|antes)\b|\bna\s+v[ée]spera\b|\bek\s+din\s+pehle\b`;

const BEFORE_INTERVIEW = new RegExp(`^(?:${BEFORE_INTERVIEW_WORDS}|${LEAD_WORDS})`, "iu");
const BEFORE_INTERVIEW_ANYWHERE = new RegExp(`${BEFORE_INTERVIEW_WORDS}|${LEAD_WORDS}`, "iu");

/** Whether a reminder's "when" is said relative to the interview rather than as a day of its own. */
export const saysBeforeInterview = (when: string) => BEFORE_INTERVIEW.test(when.trim());

/**
 * Those words anywhere in a message ("recuérdamelo el día antes"), as written, for the planner to
 * pass on as the reminder's "when".
 */
export function beforeInterviewWords(text: string): string | undefined {
  return BEFORE_INTERVIEW_ANYWHERE.exec(text)?.[0];
}

/**
 * The reminder before the application's interview — the day before, or the lead the person
 * named ("2 days before", "an hour before") — set (again, when the person had stopped it),
 * moved to that lead and armed. Without an interview time ahead, the person is asked for one
 * and nothing is stored.
 */
export async function remindBeforeInterview(
  ctx: ApplicationsContext,
  id: string,
  when = "",
): Promise<{ application: ApplicationRecord; dueAt: Date; interviewAt: Date; lead: InterviewLead }> {
  await requireUser(ctx);
  const now = nowOf(ctx);
  const lead = interviewLead(when) ?? DEFAULT_LEAD;
  const result = await ctx.store.transaction(async (repos) => {
    const app = await requireApplication(repos, ctx, id, { forUpdate: true });
    const planned = planInterviewReminder(app, { ...planOptions(ctx), leadMs: lead.ms });
    if (!planned || !app.interviewAt)
      throw validationError(
        `I don't know when your ${app.company} interview is yet. Tell me the day (and the time if you know it), for example "my ${app.company} interview is on Thursday at 2pm", and I'll remind you the day before.`,
        { field: "interviewAt" },
      );
    const stored = await repos.reminders.schedule(planned, { byPerson: true });
    // The tracker planned its own (the day before) when the interview was said: it is moved to
    // the lead asked for, or it would stay where it was.
    const reminder =
      stored.dueAt.getTime() === planned.dueAt.getTime()
        ? stored
        : ((await repos.reminders.moveDue(ctx.userId, stored.id, planned.dueAt)) ?? stored);
    return { app, reminder, interviewAt: app.interviewAt };
  });
  await armAll(ctx.scheduler, [result.reminder], now);
  return { application: result.app, dueAt: result.reminder.dueAt, interviewAt: result.interviewAt, lead };
}
