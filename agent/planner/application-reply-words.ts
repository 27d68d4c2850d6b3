/**
 * Reply words about applications that grew past a line in replies-tools.ts:
 * - news that logged an application not tracked before (agent/tools/untracked-news.ts): what
 *   was logged, at which stage and when the interview is, that it is new, and how to add the
 *   role (a bare role next names it: role-for-untracked.ts);
 * - the next reminder, where an interview's reminder (the day before) is said beside the
 *   interview's own day — "your interview with XPO, Wed, Dec 9" read as the interview's day
 *   for an interview on Thu, Dec 10 (trial F14.2);
 * - the same application logged again: already tracked, nothing added (trial F16.2);
 * - an application moved to another status (the stage said for the role, the interview's day
 *   and its reminder).
 */
import type { ToolResults } from "../tools/results.ts";

type Moved = ToolResults["update_application_status"];
type Added = ToolResults["add_application"];
type Reminder = ToolResults["list_reminders"]["reminders"][number];

export function loggedFromNews(r: Moved, interviewNote: string): string {
  const stage = (r.toStage ?? r.to.replace(/_/g, " ")).toLowerCase();
  const when = r.interview ? `, ${r.interview}` : "";
  const cheer = r.to === "offer" || r.to === "accepted" ? " Congratulations!" : "";
  return `Logged ${r.company} at ${stage}${when} — I hadn't tracked it before.${cheer}${r.interview ? interviewNote : ""} Which role is it? Say just the role (like "office manager") and I'll add it.`;
}

export function nextReminderWords(r: Reminder): string {
  if (r.kind === "personal") return `${r.task}, ${r.due}`;
  if (r.kind !== "interview") return `a follow-up with ${r.company}, ${r.due}`;
  return r.interview
    ? `a reminder on ${r.due} for your interview with ${r.company} on ${r.interview}`
    : `a reminder on ${r.due} for your interview with ${r.company}`;
}

export function alreadyTrackedWords(r: Added): string {
  const stage = (r.stage ?? r.status.replace(/_/g, " ")).toLowerCase();
  const stands =
    r.status === "applied" && r.appliedOn
      ? `applied ${r.appliedOn}`
      : `${stage}${r.appliedOn ? `, applied ${r.appliedOn}` : ""}`;
  return `You already track ${r.position} at ${r.company} (${stands}), so I didn't add it again. If it's another role there, say it with the role ("I applied to ${r.company} for <the role>").`;
}

export const statusWords = (status: string) => status.replace(/_/g, " ");
/** A stage as said for the role ("practical interview" for a cook), else its token's words. */
export const stageWords = (status: string | undefined, stage: string | undefined) =>
  stage ? stage.toLowerCase() : statusWords(String(status ?? ""));

/** After an interview day is kept: the day-before reminder, and the hour when none was said. */
const interviewNote = (r: { hourSaid?: boolean; company: string; lead?: string }) =>
  ` I'll remind you ${r.lead ? `${r.lead} before, as you asked` : "the day before"}.${r.hourSaid ? "" : ` I put it at 09:00 since you gave no time; if you know the hour, say the day with it ("my ${r.company} interview is on Thursday at 2pm").`}`;

export function applicationMovedWords(r: Moved): string {
  return r.logged
    ? loggedFromNews(r, interviewNote(r))
    : r.undone
      ? `Put ${r.company}${r.position ? ` (${r.position})` : ""} back to ${String(r.to).replace(/_/g, " ")}.`
      : r.interview && r.from === r.to
        ? `Your ${r.company}${r.position ? ` (${r.position})` : ""} interview is now on ${r.interview}.${interviewNote(r)}`
        : `Updated ${r.company}${r.position ? ` (${r.position})` : ""}: ${stageWords(r.from, r.fromStage)} → ${stageWords(r.to, r.toStage)}${r.interview ? `, interview on ${r.interview}` : ""}.${r.interview ? interviewNote(r) : r.to === "offer" ? " Congratulations!" : r.to === "rejected" ? " Sorry to hear that — on to the next one." : ""}`;
}
