/**
 * Personal reminders: "remind me to update my portfolio on friday", "recuérdame llamar a
 * Ana el lunes a las 10". The person's own tasks, tied to no application. The one service
 * the chat tools, the CLI (`careercraft reminders`) and REST (`/api/reminders/personal/`)
 * call: stored as reminder rows of kind 'personal' (migration 0103), armed on the same job
 * queue and delivered once by the same job as the follow-ups (tools/applications/reminders.ts).
 */
import { CareerCraftError, validationError } from "../../data/errors.ts";
import type { ReminderRecord } from "../../data/repositories/application-records.ts";
import { isUuid } from "../../data/repositories/applications.ts";
import { type ApplicationsContext, nowOf, requireUser } from "../applications/context.ts";
import { followUpTime } from "../applications/reminder-requests.ts";
import { armAll } from "../applications/reminders.ts";

const DAY_MS = 86_400_000;
const TASK_MAX = 300;

export interface PersonalReminder {
  id: string;
  /** What to do, as the person will read it ("update your portfolio"). */
  task: string;
  dueAt: Date;
}

/** Not found, with what was looked for and that nothing changed. */
const missing = (message: string) => new CareerCraftError("not_found", `${message} Nothing was changed.`);

const toReminder = (r: ReminderRecord): PersonalReminder => ({
  id: r.id,
  task: r.task ?? "",
  dueAt: r.dueAt,
});

/** The task as stored: one line, trimmed, no control characters; refused when empty or too long. */
function cleanTask(task: unknown): string {
  if (typeof task !== "string") throw validationError("Say what to remind you of.", { field: "task" });
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(task)) {
    throw validationError("The reminder's text has control characters.", { field: "task" });
  }
  const clean = task.replace(/\s+/g, " ").trim();
  if (clean.length === 0) throw validationError("Say what to remind you of.", { field: "task" });
  if (clean.length > TASK_MAX) {
    throw validationError(`Keep the reminder under ${TASK_MAX} characters.`, { field: "task" });
  }
  return clean;
}

/**
 * Stores a reminder of the person's own task at the moment `when` names ("friday", "lunes a
 * las 10", "in 3 days"; 09:00 in their zone when no hour is said) and arms it. The same
 * task at the same moment asked twice is one reminder. Nothing is stored when the text or
 * the time cannot be read, or the time is past.
 */
export async function setPersonalReminder(
  ctx: ApplicationsContext,
  input: { task: unknown; when: unknown },
): Promise<PersonalReminder> {
  const task = cleanTask(input.task);
  if (typeof input.when !== "string" || input.when.trim() === "") {
    throw validationError('Say when, like "friday at 10" or "in 3 days".', { field: "when" });
  }
  const now = nowOf(ctx);
  const dueAt = followUpTime(input.when, now, ctx.timeZone);
  await requireUser(ctx);
  const key = `personal:${ctx.userId}:${dueAt.toISOString()}:${task.toLowerCase()}`;
  const stored = await ctx.store.reminders.schedulePersonal(ctx.userId, task, dueAt, key);
  await armAll(ctx.scheduler, [stored], now);
  return toReminder(stored);
}

/** The person's pending personal reminders, soonest first; `withinDays` keeps those due that soon. */
export async function personalReminders(
  ctx: ApplicationsContext,
  options: { withinDays?: number } = {},
): Promise<PersonalReminder[]> {
  await requireUser(ctx);
  const until = options.withinDays ? nowOf(ctx).getTime() + options.withinDays * DAY_MS : Infinity;
  return (await ctx.store.reminders.pendingPersonal(ctx.userId))
    .filter((r) => r.dueAt.getTime() <= until)
    .map(toReminder);
}

/** Words that name no task: "the", "your", "one" in "cancel the rent one". */
const NOT_THE_TASK = new Set(
  "the your you one that this reminder reminders los las del les des der die das den dem uma the por para".split(
    " ",
  ),
);

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !NOT_THE_TASK.has(w));

/**
 * The pending reminder a person names: its id, or words of its task ("the portfolio one",
 * "llamar a Ana"); with nothing named, their only one. Another person's id reads as missing.
 */
async function namedReminder(ctx: ApplicationsContext, ref: string | undefined): Promise<PersonalReminder> {
  const pending = await personalReminders(ctx);
  const said = (ref ?? "").trim();
  if (isUuid(said)) {
    const found = pending.find((r) => r.id === said);
    if (!found) throw missing(`You have no pending reminder with id "${said}".`);
    return found;
  }
  if (pending.length === 0) throw missing("You have no pending reminders of your own.");
  const asked = words(said);
  const all =
    asked.length === 0 ? pending : pending.filter((r) => asked.every((w) => words(r.task).includes(w)));
  // "call Ana" for "llamar a Ana": one reminder sharing a word is the one meant; several are asked about.
  const some = pending.filter((r) => asked.some((w) => words(r.task).includes(w)));
  const matches = all.length > 0 ? all : some;
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    throw missing(
      `None of your reminders is about "${said.slice(0, 80)}" (you have: ${pending.map((r) => `"${r.task}"`).join(", ")}).`,
    );
  }
  throw validationError(
    `Which reminder? ${matches.map((r) => `"${r.task}"`).join(", ")}. Say a few words of the one to cancel.`,
    { field: "reminder", choices: matches.map((r) => r.id) },
  );
}

/** Stops one pending personal reminder, by id or words of its task; refused with the reason otherwise. */
export async function cancelPersonalReminder(
  ctx: ApplicationsContext,
  ref?: string,
): Promise<PersonalReminder> {
  const reminder = await namedReminder(ctx, ref);
  const stopped = await ctx.store.reminders.stopPersonal(ctx.userId, reminder.id);
  // Sent or stopped between the read and the write (a worker delivered it just now).
  if (!stopped)
    throw missing(`The reminder "${reminder.task}" was just sent, so there is nothing to cancel.`);
  return toReminder(stopped);
}
