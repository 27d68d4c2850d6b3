/**
 * Good news about an application never logged ("interview at Harbor Dental next tuesday 3pm",
 * "got an offer from Quill"): the application is logged at that stage, with the interview day
 * kept (and its reminder), instead of refusing with "I don't track an application to … yet" —
 * the trial (F1.7, F16.3) lost the news that way. A rejection, a withdrawal or silence about an
 * application never logged still gets the hint: there is nothing to move, and a row made only
 * to close it would count in the funnel as an application the person never mentioned sending.
 * Written through the applications service (addApplication), the same as REST and the CLI.
 */
import { CareerCraftError } from "../../data/errors.ts";
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import { saysHour } from "../../tools/applications/dates.ts";
import { type ApplicationsContext, addApplication } from "../../tools/applications/index.ts";
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import type { ApplicationStatus } from "../../tools/applications/status.ts";
import { interviewWhen } from "./interview-when.ts";

/** Stages a company only reaches with an application the person sent. */
const PROGRESS = new Set<ApplicationStatus>([
  "phone_screen",
  "technical_interview",
  "final_interview",
  "offer",
  "accepted",
]);

/** Words that point back at someone rather than name a company ("they invited me to a phone screen"). */
const NOT_A_NAME =
  /^(?:they|them|it|he|she|we|you|there|that|this|that one|this one|the company|the firm|the recruiter|recruiter|hr|company|employer|someone|somebody)$/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether news about `ref` at `status`, not found among the tracked, should log it. */
export function logsUntracked(error: unknown, ref: string, status: ApplicationStatus): boolean {
  const name = ref.trim();
  return (
    error instanceof CareerCraftError &&
    error.code === "not_found" &&
    PROGRESS.has(status) &&
    !UUID.test(name) &&
    !NOT_A_NAME.test(name) &&
    /\p{L}/u.test(name)
  );
}

/** Logs the application at the stage the news names; the result the reply says it with. */
export async function logFromNews(
  actx: ApplicationsContext,
  company: string,
  status: ApplicationStatus,
  interviewAt: string | undefined,
  timeZone?: string,
) {
  const app: ApplicationRecord = await addApplication(actx, {
    company: company.trim(),
    position: ROLE_NOT_GIVEN,
    status,
    ...(interviewAt ? { interviewAt } : {}),
  });
  const interview = interviewWhen(app, timeZone);
  return {
    id: app.id,
    company: app.company,
    position: app.position,
    from: "untracked",
    to: app.status,
    logged: true as const,
    appliedOn: app.appliedOn,
    ...(interview ? { interview, hourSaid: saysHour(interviewAt ?? "") } : {}),
  };
}
