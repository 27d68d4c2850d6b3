/**
 * The lead a person chose for an interview reminder ("remind me 2 days before"), read back from
 * the reminder stored for the interview, so that when the interview moves the new reminder keeps
 * it instead of falling back to the tracker's day before. A reminder pulled to "now" because the
 * interview was nearer than its lead says nothing of the lead and is not read.
 */
import type { ReminderRecord } from "../../data/repositories/application-records.ts";
import type { ApplicationsContext } from "./context.ts";

/** Slack between planning and storing: a due time this close to the row's creation was "due now". */
const PULLED_TO_NOW_MS = 60_000;

export function leadKept(existing: readonly ReminderRecord[]): number | undefined {
  const last = existing
    .filter((r) => r.kind === "interview" && r.subjectAt && (r.state === "pending" || r.state === "sent"))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!last?.subjectAt) return undefined;
  if (last.dueAt.getTime() - last.createdAt.getTime() <= PULLED_TO_NOW_MS) return undefined;
  const lead = last.subjectAt.getTime() - last.dueAt.getTime();
  return lead > 0 ? lead : undefined;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** "2 days", "a week", "3 hours": a lead as the replies say it. */
export function leadInWords(ms: number): string {
  const [n, unit] =
    ms % (7 * DAY_MS) === 0
      ? [ms / (7 * DAY_MS), "week"]
      : ms % DAY_MS === 0
        ? [ms / DAY_MS, "day"]
        : [Math.round(ms / HOUR_MS), "hour"];
  return n === 1 ? `${unit === "hour" ? "an" : "a"} ${unit}` : `${n} ${unit}s`;
}

/**
 * How long before the application's interview its reminder comes, when the person chose a lead
 * other than the day before (for the reply after the interview moved); undefined otherwise.
 */
export async function chosenInterviewLead(
  ctx: ApplicationsContext,
  applicationId: string,
): Promise<string | undefined> {
  const lead = leadKept(await ctx.store.reminders.forApplication(ctx.userId, applicationId));
  return lead && lead !== DAY_MS ? leadInWords(lead) : undefined;
}
