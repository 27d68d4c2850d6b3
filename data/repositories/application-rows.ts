/**
 * Row shapes of the application tables and their mapping to records: what the SQL in
 * applications.ts selects and how it becomes the camel-cased records callers see.
 */
import type { ApplicationRecord, ApplicationStatus, StatusEventRecord } from "./application-records.ts";

export interface ApplicationRow {
  id: string;
  user_id: string;
  company: string;
  position: string;
  location: string | null;
  salary: string | null;
  link: string | null;
  source: string | null;
  job_description: string | null;
  notes: string | null;
  status: ApplicationStatus;
  applied_on: string | null;
  interview_at: Date | null;
  analysis_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export const COLUMNS = `id, user_id, company, position, location, salary, link, source, job_description, notes,
  status, applied_on::text AS applied_on, interview_at, analysis_id, created_at, updated_at`;

export const toRecord = (r: ApplicationRow): ApplicationRecord => ({
  id: r.id,
  userId: r.user_id,
  company: r.company,
  position: r.position,
  location: r.location,
  salary: r.salary,
  link: r.link,
  source: r.source,
  jobDescription: r.job_description,
  notes: r.notes,
  status: r.status,
  appliedOn: r.applied_on,
  interviewAt: r.interview_at ? new Date(r.interview_at) : null,
  analysisId: r.analysis_id,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export interface FactsRow {
  id: string;
  status: ApplicationStatus;
  applied_on: string | null;
  source: string | null;
  furthest_rank: number | null;
  first_response_on: string | null;
  readiness: number | null;
  verdict: "FIT" | "UNFIT" | null;
}

export interface EventRow {
  id: string;
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  at: Date;
  note: string | null;
  undone_at: Date | null;
  interview_before: Date | null;
}

export const EVENT_COLUMNS =
  "id, application_id, from_status, to_status, at, note, undone_at, interview_before";

export const toEvent = (r: EventRow): StatusEventRecord => ({
  id: r.id,
  applicationId: r.application_id,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  changedAt: new Date(r.at),
  note: r.note,
  undoneAt: r.undone_at ? new Date(r.undone_at) : null,
  interviewBefore: r.interview_before ? new Date(r.interview_before) : null,
});
