/**
 * The application status workflow: which statuses exist, which moves between them make
 * sense, and why a move is refused. Pure data and functions so the chat agent, the CLI
 * and the analytics all agree on one definition.
 */
import { validationError } from "../../data/errors.ts";
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  PIPELINE_STATUSES,
  RESPONSE_STATUSES,
} from "../../data/repositories/application-records.ts";

export type { ApplicationStatus };

/** The pipeline in the order a hiring process normally runs. */
export const PIPELINE = PIPELINE_STATUSES;

/** Ways an application can end early. */
export const CLOSED_EARLY = ["rejected", "withdrawn", "ghosted"] as const;

export const STATUSES = APPLICATION_STATUSES;

export type PipelineStatus = (typeof PIPELINE)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  saved: "Saved",
  applied: "Applied",
  phone_screen: "Phone screen",
  technical_interview: "Technical interview",
  final_interview: "Final interview",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Ghosted",
};

/** What each status means in the tracker, for "what does 'ghosted' mean?". */
export const STATUS_MEANINGS: Record<ApplicationStatus, string> = {
  saved: "you kept the posting to apply later; nothing has been sent yet.",
  applied: "your application is sent and you're waiting to hear back.",
  phone_screen: "the company got in touch for a first call, usually with a recruiter.",
  technical_interview: "you're at the skills round: a coding, case or technical interview.",
  final_interview: "you reached the last round (an onsite or a panel) before a decision.",
  offer: "the company made you an offer and it is still open.",
  accepted: "you accepted the offer.",
  rejected: "the company said no (or pulled an offer).",
  withdrawn: "you stopped the process yourself, or declined an offer.",
  ghosted:
    "you applied or interviewed and the company went silent. It stays open: if they get back to you, mark the stage you reached.",
};

/** Statuses that mean the company talked to the person: a stage past "applied". */
export const INTERVIEW_STAGES: ApplicationStatus[] = [
  "phone_screen",
  "technical_interview",
  "final_interview",
];

/**
 * "Ghosted" is closed in the sense that nobody expects news, but companies do come back,
 * so it may reopen into a later stage; the other final statuses are truly final.
 */
export const FINAL_STATUSES: ApplicationStatus[] = ["accepted", "rejected", "withdrawn"];

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/** Accepts the canonical tokens plus the ways people type them ("phone screen", "Final-Interview"). */
export function parseStatus(raw: string): ApplicationStatus {
  const token = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const aliases: Record<string, ApplicationStatus> = {
    phone: "phone_screen",
    screen: "phone_screen",
    screening: "phone_screen",
    technical: "technical_interview",
    tech_interview: "technical_interview",
    onsite: "final_interview",
    final: "final_interview",
    offered: "offer",
    accept: "accepted",
    reject: "rejected",
    declined: "rejected",
    withdraw: "withdrawn",
    withdrew: "withdrawn",
    ghost: "ghosted",
    apply: "applied",
    save: "saved",
  };
  const status = isApplicationStatus(token) ? token : aliases[token];
  if (!status) {
    throw validationError(`"${raw}" is not an application status. Use one of: ${STATUSES.join(", ")}.`, {
      field: "status",
      value: raw,
    });
  }
  return status;
}

const pipelineIndex = (status: ApplicationStatus): number => (PIPELINE as readonly string[]).indexOf(status);

/**
 * The stage an open application normally reaches next (a button on each listed
 * application); undefined when it is closed or at the end of the pipeline.
 */
export function nextStatus(status: ApplicationStatus): ApplicationStatus | undefined {
  if (FINAL_STATUSES.includes(status)) return undefined;
  const next = status === "ghosted" ? "phone_screen" : PIPELINE[pipelineIndex(status) + 1];
  return next && transitionRefusal(status, next) === null ? next : undefined;
}

/** Why a move from `from` to `to` makes no sense, or null when it is allowed. */
export function transitionRefusal(from: ApplicationStatus, to: ApplicationStatus): string | null {
  const label = (s: ApplicationStatus) => STATUS_LABELS[s].toLowerCase();
  if (from === to) return `This application is already marked ${label(to)}.`;
  if (FINAL_STATUSES.includes(from)) {
    return `This application is closed as ${label(from)}; it can't move to ${label(to)}. Add a new application if you are applying again.`;
  }
  if (from === "ghosted") {
    // The company came back after silence: any response stage is plausible, "saved" or "applied" is not.
    if (to === "saved" || to === "applied") {
      return `A ghosted application can't go back to ${label(to)}; if the company got in touch, mark the stage you reached (for example phone_screen).`;
    }
    if (to === "accepted") return "You can only accept an offer: mark the application as offer first.";
    return null;
  }
  if ((CLOSED_EARLY as readonly string[]).includes(to)) {
    if (to === "ghosted" && from === "saved") {
      return "You can't be ghosted on an application you haven't sent; mark it applied first, or withdrawn if you decided not to apply.";
    }
    if (to === "ghosted" && from === "offer") {
      return "An open offer can't be ghosted: accept it, decline it (withdrawn), or mark it rejected if the offer was pulled.";
    }
    return null;
  }
  if (to === "accepted" && from !== "offer") {
    return "You can only accept an offer: mark the application as offer first.";
  }
  const fromIndex = pipelineIndex(from);
  const toIndex = pipelineIndex(to);
  if (toIndex < fromIndex) {
    return `An application can't go back from ${label(from)} to ${label(to)}. If the last change was a mistake, undo it instead.`;
  }
  return null;
}

/** Throws a validation error carrying the reason when the move makes no sense. */
export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  const reason = transitionRefusal(from, to);
  if (reason) throw validationError(reason, { field: "status", from, to });
}

/** True when the company has answered (any stage past applied, or a rejection). */
export function isResponse(status: ApplicationStatus): boolean {
  return (RESPONSE_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** The furthest pipeline stage a status implies was reached (a rejection implies nothing more). */
export function pipelineRank(status: ApplicationStatus): number {
  return pipelineIndex(status);
}

/** Statuses that still expect something to happen. */
export function isOpen(status: ApplicationStatus): boolean {
  return !FINAL_STATUSES.includes(status) && status !== "ghosted";
}
