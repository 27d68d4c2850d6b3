/**
 * "I have 3 years of experience as a marketing coordinator", "I've been a nurse for two
 * years": a duration said in chat instead of dates. Without it the role is saved undated and
 * the analysis reads zero years, which contradicts what the person just told us. The span is
 * counted back from this month and the reply says so, so the person can give real dates.
 */
import type { PartialDate } from "../../contract/profile.ts";
import { monthLabel } from "../experience/roles.ts";
import { CARDINAL_WORD_PATTERN, parseNumberWord } from "./number-words.ts";

/** Vague amounts people say for a duration, on top of the shared number words. */
const VAGUE: Record<string, number> = { a: 1, an: 1, "a couple of": 2, "a few": 3, "half a": 0.5 };

const NUMBER = String.raw`(\d{1,2}(?:\.\d)?|a couple of|a few|half a|an?|${CARDINAL_WORD_PATTERN})`;
const DURATION = new RegExp(
  String.raw`\b(?:for\s+(?:the\s+(?:last|past)\s+)?|over\s+|almost\s+|nearly\s+|about\s+|around\s+)?${NUMBER}\s*\+?\s*(years?|yrs?|months?)(?:\s+of\s+(?:work\s+)?experience)?(?:\s+(?:as|in|at|working as)\b)?`,
  "i",
);

export interface StatedDuration {
  months: number;
  /** The sentence without the duration ("as a marketing coordinator"). */
  rest: string;
}

export function statedDuration(sentence: string): StatedDuration | undefined {
  const m = DURATION.exec(sentence);
  if (!m) return undefined;
  const raw = m[1]!.toLowerCase();
  const n = VAGUE[raw] ?? parseNumberWord(raw) ?? 0;
  const months = Math.round(/^month/i.test(m[2]!) ? n : n * 12);
  if (!(months > 0 && months <= 50 * 12)) return undefined;
  const keepsPreposition = /\b(as|in|at|working as)$/i.exec(m[0]);
  const rest =
    `${sentence.slice(0, m.index)}${keepsPreposition ? ` ${keepsPreposition[1]} ` : " "}${sentence.slice(m.index + m[0].length)}`
      .replace(/\s+/g, " ")
      .trim();
  return { months, rest };
}

/** Months since year 0, as roles.ts counts them. */
const monthOfDate = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();

/**
 * The span ending now that covers the duration, as partial dates: "3 years" in December 2026
 * starts 2023-12. Roles are counted in months from their start up to (not including) this
 * month (tools/experience/roles.ts roleInterval), so this is the start that counts back to the
 * very years said; starting a month later read "2 years" as 1.9 and made "0.1 short" must-have
 * gaps for people with exactly the years asked (trial F15.4, F11.2).
 */
export function spanEndingNow(months: number, now: Date): { start: PartialDate; current: true } {
  return { start: monthLabel(monthOfDate(now) - months), current: true };
}

/** A span of `months` that ended `endedMonthsAgo` months ago, as partial dates (a past job with its end said). */
export function spanEndedAgo(
  months: number,
  endedMonthsAgo: number,
  now: Date,
): { start: PartialDate; end: PartialDate; current: false } {
  const here = monthOfDate(now);
  return {
    start: monthLabel(here - endedMonthsAgo - months),
    end: monthLabel(here - endedMonthsAgo),
    current: false,
  };
}

/** Words of a length of time, with the amounts and lead-ins said around them. */
const TIME_ONLY = new RegExp(
  String.raw`^(?:(?:for|about|around|over|almost|nearly|like|some|the|last|past|few|couple|of|several|many|more|than|plus|\+|${NUMBER})\s*)*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|decades?)(?:\s+(?:now|ago|total|in\s+total|straight|long|of\s+experience))*$`,
  "i",
);

/**
 * "years", "4 yrs", "a few months now": a length of time, never a skill. Readers that take
 * what is left of an intro as skills drop it ("…at Brightline for 4 years, I ran…" saved "years").
 */
export const namesOnlyTime = (item: string): boolean => TIME_ONLY.test(item.trim());
