/**
 * "remind me on friday to email my professor", "can u remind me tomorrow to pay rent": a
 * reminder about the person's own life, not about an application. It was attached to an
 * application that happened to be tracked ("I'll remind you to follow up with Target (Buyer)
 * on Fri") or refused with "I don't track an application to "lab" yet" (new-user trial
 * 2026-12-06, finding 5). The tracker's reminders are follow-ups and interviews of
 * applications, so the answer says that plainly and stores nothing.
 */
import { trackedIn } from "./slot-words.ts";

/** "remind me … to <task>" / "remind me about <task>": the task, as said. */
const TASK = /\bremind\s+me\b(?:.*?)\b(?:to|about)\s+(.+?)[.!?]*$/i;

/** A task that is about an application: following up, the interview and getting ready for it, the people hiring. */
const ABOUT_APPLICATIONS =
  /\b(?:follow(?:ing)?[- ]?up|chase|check(?:ing)? (?:in|on|back|the status)|hear(?:d)? back|status|appl(?:y|ied|ication|ications)|interviews?|prep(?:are)?|thank[- ]you|recruiter|hiring manager|hr|offer|them|they|it|that|the company|the job|the role|the position|screen|practi[cs]e|pitch|rehears\w*|research|cover letter|resume|cv|portfolio|references?|salary|negotiat\w*)\b/i;

/** Words that say a day in the task, taken off the task said back. */
const DAY_WORDS =
  /\s+(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next week)\b.*$/i;

/**
 * The person's own task when a reminder is asked about something no application is: a known
 * company, the words of following up or interviewing, or "them"/"it" (the one in focus) keep it
 * an application's reminder.
 */
export function personalTask(raw: string, tracked: readonly string[] = []): string | undefined {
  const task = TASK.exec(raw)?.[1]?.replace(DAY_WORDS, "").trim();
  if (!task || task.split(/\s+/).length < 2) return undefined;
  if (ABOUT_APPLICATIONS.test(task) || trackedIn(task, tracked)) return undefined;
  return task;
}

/** The task said back to the person ("my professor" -> "your professor"). */
export const saidBack = (task: string): string =>
  task
    .replace(/\bmy\b/gi, "your")
    .replace(/\bme\b/gi, "you")
    .replace(/\bi\b/g, "you");
