/**
 * Application tracking, as the agent tools, the CLI and the channels use it.
 */
import type { ChartPart } from "../../contract/conversation.ts";
import type { ApplicationAnalytics } from "./analytics.ts";

/** The funnel and weekly charts; the charting libraries load on first use, not with every command. */
export async function applicationCharts(analytics: ApplicationAnalytics): Promise<ChartPart[]> {
  return (await import("./charts.ts")).applicationCharts(analytics);
}

export { type ApplicationAnalytics, computeAnalytics, percent } from "./analytics.ts";
export { type ApplicationsContext, applicationsContextFor } from "./context.ts";
export { calendarDay, formatInstant, parseFutureInstant, parsePastDay } from "./dates.ts";
export type { ApplicationChangesInput, NewApplicationInput } from "./input.ts";
export { remindBeforeInterview, saysBeforeInterview, setInterviewTime } from "./interview-dates.ts";
export { type ReminderJobsDeps, routeReminders, wireReminderJobs } from "./reminder-jobs.ts";
export { remindOn, stopReminders, type UpcomingReminder, upcomingReminders } from "./reminder-requests.ts";
export {
  handleReminderJob,
  queueReminderScheduler,
  REMINDER_JOB,
  type ReminderDelivery,
  type ReminderJobPayload,
  type ReminderScheduler,
  rearmPendingReminders,
} from "./reminders.ts";
export {
  type ApplicationDetails,
  addApplication,
  deleteApplication,
  getApplication,
  type ListOptions,
  listApplications,
  trackedCompanies,
  updateApplication,
} from "./service.ts";
export { applicationStats, applicationStatsWithCharts } from "./stats.ts";
export {
  type ApplicationStatus,
  nextStatus,
  parseStatus,
  STATUS_LABELS,
  STATUSES,
  transitionRefusal,
} from "./status.ts";
export {
  type AnalyzeJob,
  analyseApplication,
  changeOrTakeBack,
  changeStatus,
  linkAnalysis,
  type StatusChange,
  undoLastStatusChange,
} from "./workflow.ts";
