/**
 * The interview ahead of an application, in the words the replies and cards show ("Thu, Dec 10
 * at 09:00 (UTC)"), and the status change that keeps its day ("they invited me to an interview
 * next thursday!"), through the applications service (tools/applications/interview-dates.ts).
 */
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import {
  type ApplicationStatus,
  type ApplicationsContext,
  formatInstant,
  setInterviewTime,
} from "../../tools/applications/index.ts";

const STAGES: ApplicationStatus[] = ["phone_screen", "technical_interview", "final_interview"];

/** When the interview ahead is, or undefined when none is set or it has passed. */
export function interviewWhen(a: ApplicationRecord, timeZone?: string, now = new Date()): string | undefined {
  return a.interviewAt && a.interviewAt.getTime() > now.getTime()
    ? formatInstant(a.interviewAt, timeZone)
    : undefined;
}

/**
 * The news with its interview day: to the stage said with that time, or, when the application
 * is already at that stage or past it among the interviews, the time alone changes.
 */
export async function moveWithInterview(
  actx: ApplicationsContext,
  app: ApplicationRecord,
  status: ApplicationStatus,
  when: string,
): Promise<ApplicationRecord> {
  const reached = STAGES.indexOf(app.status) >= 0 && STAGES.indexOf(app.status) >= STAGES.indexOf(status);
  return (await setInterviewTime(actx, app.id, when, reached ? undefined : status)).application;
}
