/**
 * Reply words about applications that grew past a line in replies-tools.ts:
 * - news that logged an application not tracked before (agent/tools/untracked-news.ts): what
 *   was logged, at which stage and when the interview is, that it is new, and how to add the
 *   role (a bare role next names it: role-for-untracked.ts);
 * - the next reminder, where an interview's reminder (the day before) is said beside the
 *   interview's own day — "your interview with XPO, Wed, Dec 9" read as the interview's day
 *   for an interview on Thu, Dec 10 (trial F14.2);
 * - the same application logged again: already tracked, nothing added (trial F16.2).
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
