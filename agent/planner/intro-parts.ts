/**
 * What a casual intro says of a job besides its title (new-user trial 2026-12-06, finding 1):
 * the dates written beside it ("office manager … for 7 years (2011-2018)": the resume reader's
 * date ranges, which beat counting back and make the job a past one), the part of a career said
 * as "the last 5 as a senior sales rep" (a job of its own, the one held now), and a title said
 * by its letters ("an RN" is a registered nurse). background-said.ts reads the jobs with these.
 */
import { ROLE_ACRONYMS } from "../../data/roles/role-acronyms.ts";
import { findDateRanges } from "../../tools/resume/fields/dates.ts";
import { outOfWorkSaid } from "./out-of-work-said.ts";
import { toNumber } from "./slots.ts";

export { withoutBreak } from "./out-of-work-said.ts";

export interface SaidDates {
  start: string;
  end?: string;
  current: boolean;
}

/**
 * The first date range written in a job's own words ("(2011-2018)", "from 2015 to 2020",
 * "2019 - present"), or undefined: a lone year is no range ("in 2020" says when, not how long).
 */
export function datesSaid(words: string): SaidDates | undefined {
  const range = findDateRanges(words).find((r) => r.start && (r.current || (r.end && r.end !== r.start)));
  if (!range?.start) return undefined;
  return range.current
    ? { start: range.start, current: true }
    : { start: range.start, ...(range.end ? { end: range.end } : {}), current: false };
}

const COUNT = String.raw`\d{1,2}|two|three|four|five|six|seven|eight|nine|ten`;

/**
 * "the last 5 as a senior sales rep", "past 3 years as charge nurse": the later part of a
 * career, as a lead-in before the job's words (a ROLE_HELD pattern) and its months.
 */
export const LAST_PART_LEAD = String.raw`(?:the\s+)?(?:last|past|most recent|latest)\s+(?:${COUNT})\s*(?:years?|yrs?)?(?:\s+of\s+(?:it|them|those|that))?\s+as`;

const LAST_PART = new RegExp(
  `\\b(?:last|past|most recent|latest)\\s+(${COUNT})\\s*(years?|yrs?)?(?:\\s+of\\s+\\w+)?\\s+as\\b`,
  "i",
);

/** The months of "the last 5 as …" said just before a job's words, or undefined. */
export function lastPartMonths(lead: string): number | undefined {
  const m = LAST_PART.exec(lead);
  const n = m ? toNumber(m[1]!.toLowerCase()) : undefined;
  return n && n > 0 && n <= 50 ? n * 12 : undefined;
}

/** "RN" -> "registered nurse": a title said by letters that stand for one role only. */
export function titleOfLetters(said: string): string | undefined {
  const roles = ROLE_ACRONYMS[said.trim().toLowerCase()];
  return roles?.length === 1 && said.trim() === said.trim().toUpperCase() ? roles[0] : undefined;
}

/**
 * "12 years of sales, the last 5 as a senior sales rep": the years before the part said, as a
 * job of the same trade without the rank ("Sales Rep"), when no earlier job was named.
 */
export function earlierRank(title: string): string | undefined {
  const plain = title.replace(/^(?:senior|sr\.?|lead|head|chief|principal|staff|charge)\s+/i, "").trim();
  return plain && plain !== title ? plain : undefined;
}

/** "Cnc Machinist" -> "CNC Machinist": the words said in capitals stay so in the title. */
export function capitalsKept(title: string, said: string): string {
  const caps = new Set(said.split(/\s+/).filter((w) => w.length > 1 && /^[A-Z0-9&]+$/.test(w)));
  return title
    .split(" ")
    .map((w) => (caps.has(w.toUpperCase()) ? w.toUpperCase() : w))
    .join(" ");
}

/** "I took 5 years off", "after a 3-year career break", "5 años sin trabajar": months since the job ended. */
export function breakSaid(text: string): number | undefined {
  const m =
    /\b(?:took|taken|take|had|taking|after)\s+(?:a\s+(?=\d)|an\s+(?=\d))?(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(year|yr|month)s?\s*(?:off|out|(?:career\s+)?break|away)\b/i.exec(
      text,
    ) ?? /\b(\d{1,2})[\s-]+(year|month)s?\s+(?:career\s+)?break\b/i.exec(text);
  // "out of work for a few years", "haven't worked since 2019" (out-of-work-said.ts).
  if (!m) return outOfWorkSaid(text)?.months;
  const n = toNumber(m[1]!.toLowerCase()) ?? 0;
  const months = /^month/i.test(m[2]!) ? n : n * 12;
  return months > 0 && months <= 600 ? months : undefined;
}
