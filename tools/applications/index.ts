/**
 * Application tracking, as the agent tools, the CLI and the channels use it.
 */
export { type ApplicationAnalytics, computeAnalytics, percent } from "./analytics.ts";
export { applicationCharts } from "./charts.ts";
export type { ApplicationsContext } from "./context.ts";
export { calendarDay, formatInstant, parseFutureInstant, parsePastDay } from "./dates.ts";
export type { ApplicationChangesInput, NewApplicationInput } from "./input.ts";
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
  updateApplication,
} from "./service.ts";
export { applicationStats, applicationStatsWithCharts } from "./stats.ts";
export { type ApplicationStatus, parseStatus, STATUS_LABELS, STATUSES, transitionRefusal } from "./status.ts";
export { changeStatus, linkAnalysis, type StatusChange, undoLastStatusChange } from "./workflow.ts";
