/**
 * A reminder as people say it (trial13 finding 9): "remind me to email the plaid recruiter
 * tomorrow at 6pm" was set for 09:00 (the hour dropped) as a follow-up with Plaid (the task
 * dropped), and "remind me on dec 15 at 3pm to prep for my interview" took "dec" for a company.
 * The hour said is kept with the day, and a task that is not following up keeps its own words,
 * even when it mentions a company or an interview.
 */
import { taskSaid, withoutDay } from "./personal-reminder.ts";
import { REMIND_ME } from "./reminder-asks.ts";

/** An hour of the day: "at 6pm", "6:30 pm", "at 18:00", "at noon", "a las 10", "um 15 Uhr", "às 14h". */
const TIME_OF_DAY =
  /\b(?:(?:at|by|around|a las|à|às|as|um|vers)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h\b|uhr\b)|\d{1,2}:\d{2}|noon|midday|midnight)|\b(?:at|a las|às|um|à)\s+\d{1,2}\b/i;

/** The day said with the hour said beside it, when the day's words have none ("tomorrow" + "at 6pm"). */
export function withTimeOfDay(when: string | undefined, t: string): string | undefined {
  if (!when || TIME_OF_DAY.test(when)) return when;
  const hour = TIME_OF_DAY.exec(t)?.[0];
  if (!hour) return when;
  const at = /^\d/.test(hour)
    ? `at ${hour}`
    : hour.replace(/^(?:by|around|a las|à|às|as|um|vers)\s+/i, "at ");
  return `${when} ${at}`;
}

/** Following up is the application's own reminder; any other task is kept as said. */
const FOLLOW_UP =
  /\b(?:follow(?:ing)?[- ]?up|appl(?:y|ied|ication|ications)|apps?|chase|check(?:ing)? (?:in|on|back)|hear(?:d)? back|nudge|ping|seguimiento|relanc\w*|nachfass\w*|nachhak\w*|cobrar)\b/i;
/** Pointing at the application in focus ("email them", "call about it"): that application's reminder. */
const POINTS_BACK = /\b(?:them|they|it|that|this one)\b/i;

/**
 * The task of a reminder that mentions an application but asks for something other than a
 * follow-up ("email the plaid recruiter", "prep for my interview"), or undefined.
 */
export function taskBesideApplication(raw: string): string | undefined {
  // Asked in English: other languages' task readers keep day words the English one takes off.
  // "remind me to <do something>": "remind me about Gusto someday" names the application, no task.
  if (!new RegExp(String.raw`\b(?:${REMIND_ME}|reminder)\b.*?\bto\s+\p{L}`, "iu").test(raw)) return undefined;
  const said = taskSaid(raw);
  if (!said) return undefined;
  const task = withoutDay(said)
    .replace(TIME_OF_DAY, " ")
    .replace(/\s+(?:on|at|by)?\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (task.split(/\s+/).length < 2 || task.length > 300) return undefined;
  if (FOLLOW_UP.test(task) || POINTS_BACK.test(task) || /^(?:about|on)\b/i.test(task)) return undefined;
  return task;
}
