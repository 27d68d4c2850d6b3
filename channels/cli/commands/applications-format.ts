/**
 * Plain-text output of the applications commands: short lines a person can scan in a
 * terminal, with full ids so they can be pasted into the next command.
 */
import type { ApplicationRecord } from "../../../data/repositories/application-records.ts";
import type {
  ApplicationAnalytics,
  ApplicationDetails,
  UpcomingReminder,
} from "../../../tools/applications/index.ts";
import { percent, STATUS_LABELS } from "../../../tools/applications/index.ts";

export function formatApplication(app: ApplicationRecord): string {
  const applied = app.appliedOn ? `applied ${app.appliedOn}` : "not sent yet";
  const interview = app.interviewAt ? `, interview ${app.interviewAt.toISOString()}` : "";
  return `${app.position} at ${app.company} [${STATUS_LABELS[app.status]}] ${applied}${interview} (id ${app.id})`;
}

/** `stages`: each application's stage named for its role, by id (tools/applications/interview-kind.ts). */
export function formatApplicationList(result: {
  items: ApplicationRecord[];
  total: number;
  stages?: Record<string, string>;
}): string {
  if (result.total === 0)
    return "No applications yet. Add one with: careercraft applications add --company C --position P";
  const lines = result.items.map(
    (a) =>
      `${a.id}  ${(result.stages?.[a.id] ?? STATUS_LABELS[a.status]).padEnd(19)} ${(a.appliedOn ?? "-").padEnd(10)}  ${a.position} at ${a.company}`,
  );
  const more =
    result.total > result.items.length
      ? `\n(${result.items.length} of ${result.total}; use --limit/--offset)`
      : "";
  return `${lines.join("\n")}${more}`;
}

export function formatDetails(details: ApplicationDetails): string {
  const a = details.application;
  const fields: [string, string | null][] = [
    ["Location", a.location],
    ["Salary", a.salary],
    ["Link", a.link],
    ["Source", a.source],
    ["Notes", a.notes],
    ["Analysis", a.analysisId],
  ];
  const history = details.history.map(
    (e) =>
      `  ${e.changedAt.toISOString()}  ${e.fromStatus ?? "(created)"} -> ${e.toStatus}` +
      `${e.note ? `  "${e.note}"` : ""}${e.undoneAt ? "  (undone)" : ""}`,
  );
  const reminders = details.reminders.map((r) => `  ${r.dueAt.toISOString()}  ${r.kind}  ${r.state}`);
  return [
    formatApplication(a),
    ...fields.filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`),
    "History:",
    ...history,
    ...(reminders.length ? ["Reminders:", ...reminders] : []),
  ].join("\n");
}

export function formatReminders(reminders: UpcomingReminder[], withinDays?: number): string {
  if (reminders.length === 0)
    return withinDays
      ? `No reminders due in the next ${withinDays} day${withinDays === 1 ? "" : "s"}.`
      : "No reminders pending. A follow-up is planned when an application waits for an answer, and one the day before an interview.";
  return reminders
    .map(
      (r) =>
        `${r.dueAt.toISOString()}  ${(r.kind === "interview" ? "interview" : "follow-up").padEnd(9)}  ${r.application.position} at ${r.application.company} (id ${r.application.id})`,
    )
    .join("\n");
}

export function formatStats(stats: ApplicationAnalytics & { chartFiles?: string[] }): string {
  const counts = Object.entries(stats.countsByStatus)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${STATUS_LABELS[s as keyof typeof STATUS_LABELS]} ${n}`)
    .join(", ");
  const funnel = stats.funnel.map(
    (s) =>
      `  ${s.label.padEnd(20)} ${String(s.count).padStart(4)}` +
      (s.conversionFromPrevious === null ? "" : `  (${percent(s.conversionFromPrevious)} of previous)`),
  );
  const lines = [
    `Applications: ${stats.total} tracked, ${stats.submitted} sent${counts ? ` (${counts})` : ""}`,
    `Response rate ${percent(stats.responseRate)}, interview rate ${percent(stats.interviewRate)}, offer rate ${percent(stats.offerRate)}`,
    `Median days to first response: ${stats.medianDaysToFirstResponse ?? "n/a"}`,
    `Average per week: ${stats.averagePerWeek === null ? "n/a" : stats.averagePerWeek.toFixed(1)}`,
    "Funnel:",
    ...funnel,
    ...(stats.insights.length ? ["", ...stats.insights] : []),
    ...(stats.chartFiles?.length ? ["", `Charts: ${stats.chartFiles.join(", ")}`] : []),
  ];
  return lines.join("\n");
}
