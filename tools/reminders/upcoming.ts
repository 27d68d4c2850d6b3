/**
 * Everything the person will be reminded of, soonest first: their applications' follow-ups
 * and interview reminders (tools/applications) and their own tasks (personal.ts). "What are
 * my reminders" in chat, `careercraft reminders list` and `GET /api/reminders/all/` read this.
 */
import type { ApplicationsContext } from "../applications/context.ts";
import { type UpcomingReminder, upcomingReminders } from "../applications/reminder-requests.ts";
import { type PersonalReminder, personalReminders } from "./personal.ts";

export type ListedReminder = UpcomingReminder | (PersonalReminder & { kind: "personal" });

export const isPersonal = (r: ListedReminder): r is PersonalReminder & { kind: "personal" } =>
  r.kind === "personal";

export async function allUpcomingReminders(
  ctx: ApplicationsContext,
  options: { withinDays?: number } = {},
): Promise<ListedReminder[]> {
  const [applications, own] = await Promise.all([
    upcomingReminders(ctx, options),
    personalReminders(ctx, options),
  ]);
  const listed: ListedReminder[] = [
    ...applications,
    ...own.map((r) => ({ ...r, kind: "personal" as const })),
  ];
  return listed.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id.localeCompare(b.id));
}
