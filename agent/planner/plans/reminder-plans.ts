/**
 * Plans for reminders: listing the pending ones ("any reminders?", "what's due this week"),
 * moving an application's follow-up to a day said ("remind me to follow up with Gusto on
 * friday") and stopping an application's reminders ("stop reminding me about Acme"). The
 * day is passed on as said; the tool reads it in the person's time zone (chrono-node).
 */
import { futureDayWords } from "../../../tools/applications/dates.ts";
import { beforeInterviewWords } from "../../../tools/applications/interview-dates.ts";
import { personalReminderNamed, personalTask, STOPS_REMINDING, saidBack } from "../personal-reminder.ts";
import { taskBesideApplication, withTimeOfDay } from "../reminder-said.ts";
import { applicationCompany, nameCandidates } from "../slot-words.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import type { Planner } from "./plan-kit.ts";

/** "this week" / "today" / "in the next 10 days": how far ahead the person asks about. */
function withinDays(t: string): number | undefined {
  const n = t.match(/\b(?:next|coming|within(?: the next)?|in the next)\s+(\d{1,3})\s+days?\b/)?.[1];
  if (n) return Number(n);
  if (/\b(?:today|tonight)\b/.test(t)) return 1;
  if (/\btomorrow\b/.test(t)) return 2;
  if (/\b(?:this|the) week\b|\bweek ahead\b/.test(t)) return 7;
  if (/\bnext week\b/.test(t)) return 14;
  if (/\b(?:this|the) month\b/.test(t)) return 31;
  return undefined;
}

/**
 * When, as said: weekday, "tomorrow", "in 3 days", "next week", a date. Kept as words for
 * the date reader (chrono-node) in the tool, which knows the person's zone.
 */
const WHEN =
  /\b((?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?|tomorrow|tmrw|in (?:a|an|one|two|three|four|five|six|seven|\d{1,3}) (?:days?|weeks?|hours?)|next (?:week|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b/;

const NUMBER_WORDS: Record<string, string> = {
  a: "1",
  an: "1",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
};

/** A day's short name alone, that is also a word ("payer mon loyer", "i sat down"): a day only at the end or before a number. */
const SHORT_DAY = /^(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)$/;

export function whenSaid(t: string, raw = t): string | undefined {
  const found = t.match(WHEN);
  const short =
    found?.[1] && SHORT_DAY.test(found[1]) && /^\s+\p{L}/u.test(t.slice(found.index! + found[0].length));
  const m = short ? undefined : found?.[1];
  // "rappelle-moi vendredi", "erinnere mich in zwei tagen": the day in the words of another language,
  // as typed first: the English spelling fixes turned "miércoles" into "myércoles" and only the
  // hour was left ("el miércoles a las 9" was set for today at 9; trial14 §6).
  if (!m) return futureDayWords(raw) ?? futureDayWords(t);
  // chrono reads "in 3 days" and "tomorrow" but not "in three days", "tmrw", "on friday" as well as bare "friday".
  return m
    .replace(/^tmrw$/, "tomorrow")
    .replace(/^on /, "")
    .replace(/^in (a|an|one|two|three|four|five|six|seven) /, (_, w: string) => `in ${NUMBER_WORDS[w]} `);
}

const NOT_A_COMPANY = /^(?:I|Remind|Stop|Set|Please|Pls|Can|Could|Cancel|Don't|Dont|No|Any|What|Show)$/;

function company(seg: Segment, ctx: PlanContext, when?: string): string | undefined {
  // A capitalised day ("am Freitag") is the when, not the company.
  const isWhen = (w: string) => Boolean(when?.toLowerCase().split(/\s+/).includes(w.toLowerCase()));
  const named = nameCandidates(seg.raw).find(
    (w) => /^\p{Lu}/u.test(w) && !NOT_A_COMPANY.test(w) && !isWhen(w),
  );
  // "w gusto", "about acme": the word after with/about/for/on, as typed, when nothing is capitalised.
  // "to" takes a company only after application words ("my application to acme"): in "remind me
  // monday to prepare" what follows "to" is what to do, and the reminder is for the one in focus.
  const after =
    seg.t.match(
      /\b(?:with|w|about|for|on|from|(?:application|app|applied|applying)\s+to)\s+([\p{Ll}\p{N}][\p{L}\p{N}_&.'-]*)/gu,
    ) ?? [];
  const typed = after
    .map((m) => m.split(/\s+/).at(-1) as string)
    .find(
      (w) =>
        !/^(?:the|my|a|an|it|that|them|this|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|friday|monday|tuesday|wednesday|thursday|saturday|sunday|next|tomorrow|up|me|follow|check|ping|email|call|reach|hear|apply|text|message|remind|reminders?|chase|contact|write|nudge|send|ask)$/.test(
          w,
        ),
    );
  return applicationCompany(seg.raw, seg.t, ctx.focus, named ?? typed, ctx.tracked);
}

const listReminders: Planner = (seg) => {
  const days = withinDays(seg.t);
  return calls(call("list_reminders", days ? { withinDays: days } : {}));
};

const setReminder: Planner = (seg, ctx): Outcome => {
  // "stop reminding me to call the recruiter": read for the reminder's words, it is a stop (conv13u).
  if (STOPS_REMINDING.test(seg.raw)) return cancelReminder(seg, ctx);
  // The spelling fixes of the normalised text are English ("demain" -> "domain"): other languages' days as typed.
  // "recuérdamelo el día antes": relative to the interview, in any language (interview-dates.ts).
  // "tomorrow at 6pm": the hour kept with the day (reminder-said.ts).
  const when = withTimeOfDay(
    beforeInterviewWords(seg.raw) ?? whenSaid(seg.t, seg.raw) ?? futureDayWords(seg.raw),
    seg.t,
  );
  // "remind me on friday to email my professor", "… to email the acme recruiter": the person's own task, as said.
  const own = personalTask(seg.raw, ctx.tracked) ?? taskBesideApplication(seg.raw);
  // The question's subject is kept: a bare day next ("friday") sets it (reminder-answer.ts).
  if (own && !when)
    return {
      ...say("ask_reminder_when", undefined, `to ${saidBack(own)}`),
      remember: { reminderAsked: { task: saidBack(own) } },
    };
  if (own && when) return calls(call("set_reminder", { task: saidBack(own), when }));
  const application = company(seg, ctx, when);
  if (!application) return say("ask_application_which");
  if (!when)
    return {
      ...say("ask_reminder_when", undefined, application),
      remember: { reminderAsked: { application } },
    };
  return calls(call("set_reminder", { application, when }));
};

const cancelReminder: Planner = (seg, ctx): Outcome => {
  // "cancel my reminder to call Ana": one of the person's own, found by words of its task.
  const own = personalReminderNamed(seg.raw, ctx.tracked);
  if (own) return calls(call("cancel_reminder", { reminder: own }));
  const application = company(seg, ctx);
  return application ? calls(call("cancel_reminder", { application })) : say("ask_application_which");
};

export const REMINDER_PLANS: Record<string, Planner> = {
  list_reminders: listReminders,
  set_reminder: setReminder,
  cancel_reminder: cancelReminder,
};
