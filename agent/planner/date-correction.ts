/**
 * "oops Chuy's was actually last friday not yesterday", "sorry, I applied to Stripe 3 days ago,
 * not today", "no wait, that was on monday": the day an application was applied corrected —
 * the one named (tracked), else the one just logged or moved. Before, the date was read as the
 * company ("I could not match "Chuy's was actually last friday not yesterday"", trial finding
 * 25). News in the message is news of its own (extractStatus), and a company named that is not
 * tracked is a new application, never a correction of another one.
 */
import { parseFutureInstant } from "../../tools/applications/dates.ts";
import type { Focus } from "../graph/focus.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { newsOrTooLong, opensCorrection, withoutOpener } from "./correction-opener.ts";
import { correctsInOtherLanguage, dayCorrectedInOtherLanguage } from "./day-corrected-in-other-languages.ts";
import { dayInOtherLanguage } from "./plans/other-days.ts";
import { DATE } from "./rules-tracking.ts";
import { nameCandidates } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome } from "./types.ts";

const INTERVIEW_STAGES = new Set(["phone_screen", "technical_interview", "final_interview"]);

/** Whether a day said is still ahead ("dec 10" said on Dec 6), so it can be an interview's. */
function isAhead(day: string): boolean {
  try {
    parseFutureInstant(day);
    return true;
  } catch {
    return false;
  }
}

/** Words that say the day said before was wrong. */
const CORRECTS = /\b(?:actually|not|instead|wrong (?:date|day)|meant|it was|that was|was really)\b/;
/** The wrong day after the right one: "last friday not yesterday" — the day after "not" is dropped. */
const NOT_DAY = new RegExp(`\\b(?:not|instead of)\\s+${DATE.source.replace(/^\\b/, "")}`, "g");

/** An English weekday, bare. */
const WEEKDAY_G = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day\b/gi;

/** The day the message corrects to, said as the applications service reads days. */
function dayCorrectedTo(t: string): string | undefined {
  const right = t.replace(NOT_DAY, " ");
  // "i applied monday, not yesterday": a bare weekday beside the verb of applying is the last one
  // (conv12t), as "on monday" reads; "make that thursday at 11am" after an interview is the interview's.
  // "sorry it was monday not yesterday", "oh wait it was thursday": the weekday the day "was" (conv13u).
  const applying = /\b(?:applied|apply|sent|submitted)\b/.test(right);
  const found = new RegExp(WEEKDAY_G.source, "i").exec(right);
  const was =
    found && /\b(?:was|were)\s+(?:(?:actually|really|on|last|the)\s+)*$/.test(right.slice(0, found.index));
  const weekday = applying || was ? found?.[0] : undefined;
  return DATE.exec(right)?.[1] ?? dayInOtherLanguage(right) ?? (weekday ? `on ${weekday}` : undefined);
}

/** change_application with the right day, when the message corrects an application's day applied. */
export function correctedAppliedDate(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  const t = raw.toLowerCase();
  // News is news of its own; "I applied to Stripe on monday not yesterday" tells the day, not news (conv12n).
  if (newsOrTooLong(raw, 16, extractStatus(t))) return undefined;
  const otherLanguage = correctsInOtherLanguage(t); // "me equivoqué, fue el lunes, no ayer"
  if (!opensCorrection(raw) && !CORRECTS.test(t) && !otherLanguage) return undefined;
  const day = (otherLanguage ? dayCorrectedInOtherLanguage(raw) : undefined) ?? dayCorrectedTo(t);
  if (!day) return undefined;
  const named = trackedCompanyIn(raw, tracked);
  const last = focus.application;
  const justActed =
    focus.lastIntent === "add_application" || focus.lastIntent === "update_application_status";
  // "actually I applied to Figma last friday": a name no application has is a new one to log.
  const rest = withoutOpener(raw)
    .replace(new RegExp(DATE.source, "gi"), " ")
    .split(day)
    .join(" ")
    .replace(WEEKDAY_G, " "); // "am Dienstag", "Monday": no name
  const otherName = nameCandidates(rest).some(
    (w) => /^\p{Lu}/u.test(w) && !/^(?:I|Actually|It|That|No|Not)$/u.test(w),
  );
  const application = named ?? (justActed && last && !otherName ? (last.id ?? last.company) : undefined);
  if (!application) return undefined;
  // Right after an interview's day was said, the day corrected is the interview's, never the day
  // applied ("oops, it's dec 10 not dec 9" moved the application a year back; trial 2026-12-06).
  const interview =
    last && INTERVIEW_STAGES.has(last.status ?? "") && focus.lastIntent === "update_application_status";
  if (interview && (!named || named.toLowerCase() === last.company.toLowerCase()) && isAhead(day))
    return {
      calls: [
        call("update_application_status", {
          application: last.company,
          status: last.status,
          interviewAt: day,
        }),
      ],
    };
  return { calls: [call("change_application", { application, appliedOn: day })] };
}
