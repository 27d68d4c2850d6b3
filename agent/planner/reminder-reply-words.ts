/**
 * Reply words for a reminder set or cancelled: an application's follow-up or interview
 * reminder, or the person's own task ("I'll remind you to update your portfolio on Fri,
 * Dec 11 at 09:00").
 */
import type { ToolResults } from "../tools/results.ts";
import { plural } from "./variety.ts";

export function reminderSetWords(r: ToolResults["set_reminder"]): string {
  if ("personal" in r) {
    return `Done: I'll remind you to ${r.task} on ${r.due}. Say "show my reminders" to see them all, or "cancel the ${r.task.split(" ").slice(-1)[0]} reminder" to take it back.`;
  }
  return r.interview
    ? `Done: I'll remind you on ${r.due}, ${r.before === "a day" ? "the day" : r.before} before your ${r.company} (${r.position}) interview on ${r.interview}. If the interview moves, tell me the new day and the reminder moves with it.`
    : `Done: I'll remind you to follow up with ${r.company} (${r.position}) on ${r.due}. If they answer before then, tell me and I'll drop the reminder.`;
}

export function reminderCancelledWords(r: ToolResults["cancel_reminder"]): string {
  if ("personal" in r) return `Cancelled: I won't remind you to ${r.task} (it was for ${r.due}).`;
  return r.stopped === 0
    ? `There was no reminder pending for ${r.company}. Say "any reminders?" to see them all.`
    : `Stopped ${plural(r.stopped, "reminder")} for ${r.company} (${r.position}). They stay off when you update the application; a new interview date you tell me about gets its own reminder.`;
}
