/**
 * Shapes of the application-tracking rows as the repositories return them. The status
 * tokens live here because the schema enforces them with a CHECK constraint; the rules
 * for moving between them live in tools/applications/status.ts.
 */

/**
 * The pipeline in the order a hiring process normally runs; the analytics SQL ranks
 * statuses by their position here and tools/applications/status.ts builds its rules on it.
 */
export const PIPELINE_STATUSES = [
  "saved",
  "applied",
  "phone_screen",
  "technical_interview",
  "final_interview",
  "offer",
  "accepted",
] as const;

export const APPLICATION_STATUSES = [...PIPELINE_STATUSES, "rejected", "withdrawn", "ghosted"] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses that mean the employer answered (an interview, an offer or a rejection). */
export const RESPONSE_STATUSES = [
  "phone_screen",
  "technical_interview",
  "final_interview",
  "offer",
  "accepted",
  "rejected",
] as const satisfies readonly ApplicationStatus[];

export interface ApplicationRecord {
  id: string;
  userId: string;
  company: string;
  position: string;
  location: string | null;
  salary: string | null;
  link: string | null;
  source: string | null;
  jobDescription: string | null;
  notes: string | null;
  status: ApplicationStatus;
  /** Calendar day (YYYY-MM-DD) the application was sent; null while only saved. */
  appliedOn: string | null;
  /** The next scheduled interview, when the person told us one. */
  interviewAt: Date | null;
  analysisId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable fields; the repository writes exactly what it is given. */
export interface ApplicationFields {
  company: string;
  position: string;
  location: string | null;
  salary: string | null;
  link: string | null;
  source: string | null;
  jobDescription: string | null;
  notes: string | null;
  appliedOn: string | null;
  interviewAt: Date | null;
}

export interface StatusEventRecord {
  id: string;
  applicationId: string;
  /** Null for the event that records the status an application was created with. */
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  changedAt: Date;
  note: string | null;
  /** Set when the person undid this change; analytics ignore undone changes. */
  undoneAt: Date | null;
  /** The interview time the application had before this change (an undo brings it back). */
  interviewBefore: Date | null;
}

/** One application reduced to what the analytics need, computed in one query. */
export interface ApplicationFacts {
  id: string;
  status: ApplicationStatus;
  appliedOn: string | null;
  source: string | null;
  /** Furthest pipeline status ever reached (ignoring undone changes). */
  furthestStatus: ApplicationStatus | null;
  /** Calendar day of the first change that means the company answered. */
  firstResponseOn: string | null;
  analysisReadiness: number | null;
  analysisVerdict: "FIT" | "UNFIT" | null;
}

/** An application's follow-up or interview reminder, or the person's own ("personal": no application). */
export type ReminderKind = "follow_up" | "interview" | "personal";
export type ApplicationReminderKind = Exclude<ReminderKind, "personal">;
/**
 * "cancelled": withdrawn by the planner (it may come back when it fits again);
 * "stopped": the person asked to stop it (only their asking again brings it back).
 */
export type ReminderState = "pending" | "sent" | "cancelled" | "skipped" | "stopped";

export interface ReminderRecord {
  id: string;
  userId: string;
  /** Null only for a personal reminder. */
  applicationId: string | null;
  kind: ReminderKind;
  dueAt: Date;
  state: ReminderState;
  /** What the reminder is about (the interview time it was set for), so a stale one can be told apart. */
  subjectAt: Date | null;
  /** A personal reminder's task, as the person will read it ("update your portfolio"); absent otherwise. */
  task?: string;
  createdAt: Date;
}

export interface ReminderDeliveryRecord {
  reminderId: string;
  userId: string;
  channel: string;
  deliveredAt: Date;
}

export type ResponseFactor = "analysis_readiness" | "analysis_verdict" | "source";

/**
 * Everything the analytics need, already counted: small enough to cross from the
 * database in one row whatever the number of applications.
 */
export interface ApplicationAggregates {
  total: number;
  countsByStatus: Partial<Record<ApplicationStatus, number>>;
  /** Applications actually sent (they have an applied day). */
  submitted: number;
  /** Sent applications the company answered (a later stage or a rejection). */
  responded: number;
  /** Sent, unanswered, still "applied" and younger than the follow-up window. */
  awaiting: number;
  /** Sent applications whose furthest status reached each pipeline stage, saved..accepted. */
  reachedByStage: number[];
  /** [days from applying to the first answer, applications]. */
  responseDays: [number, number][];
  /** [Monday of the week applied, applications]; only weeks with applications. */
  weeks: [string, number][];
  /** Sent applications and answered ones per group of each factor; source label null = not given. */
  groups: { factor: ResponseFactor; label: string | null; submitted: number; responded: number }[];
}
