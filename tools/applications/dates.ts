/**
 * Turns what people type ("yesterday", "last Monday", "Nov 3", "2026-11-03", "Thursday at
 * 2pm") into dates. Applied dates are calendar days in the person's time zone; interview
 * times are instants. The chat agent calls these too, so every rule lives here.
 */
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";
import { validationError } from "../../data/errors.ts";
import { type DateReading, hourSaid, readDate } from "./date-readers.ts";
import { daysToNextWeekday, saysNextWeekday } from "./next-weekday.ts";
import { type RelativeDays, relativeDays } from "./relative-days.ts";

let loaded: typeof Chrono | undefined;
/**
 * chrono-node (about 260 modules, ~0.5 s of CPU to load) loads with the first date phrase
 * rather than at start-up; the service warms it up once it is listening (wiring.ts).
 */
export function dateParser(): typeof Chrono {
  loaded ??= createRequire(import.meta.url)("chrono-node") as typeof Chrono;
  return loaded;
}

export interface DatePhraseOptions {
  /** The moment "today" is relative to; defaults to now. */
  now?: Date;
  /** IANA zone the person lives in ("Europe/Berlin"); defaults to UTC. */
  timeZone?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * "this morning", "earlier this afternoon", "esta mañana", "ce matin", "heute früh": a part of
 * today, so today (chrono names no day for them, and an application logged "this morning"
 * was refused as "not a specific day", losing it and every turn about it after).
 */
const PART_OF_TODAY =
  /^(?:(?:earlier|early|late)\s+)?(?:this|today)\s+(?:morning|afternoon|evening|am|pm)$|^(?:esta|hoy por la)\s+(?:ma[nñ]ana|tarde)$|^(?:ce|cet)\s+(?:matin|apr[eè]s-midi|soir)$|^heute\s+(?:morgen|fr[uü]h|vormittag|nachmittag|abend)$|^(?:hoje\s+(?:de\s+manh[aã]|[àa]\s+tarde|cedo)|esta\s+(?:manh[aã]|tarde))$|^aaj\s+(?:subah|dopahar|shaam)$/i;
const DAY_MS = 86_400_000;

/** YYYY-MM-DD of an instant as seen in a time zone. */
export function calendarDay(instant: Date, timeZone = "UTC"): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: checkedZone(timeZone),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The word for "last" beside a weekday in the chat's other languages. */
const LAST_WORD =
  /(?<![\p{L}])(?:pasad[oa]|dernier|derni[eè]re|passad[oa]|letzten|letzter|vergangenen|pichhle|pichle)(?![\p{L}])/iu;

/**
 * A past or present calendar day from a phrase: "today", "yesterday", "last Monday",
 * "Monday" (the most recent one), "3 days ago", "Nov 3", "2026-11-03".
 * Throws a validation error for text that is not a date or lies in the future.
 */
export function parsePastDay(text: string, options: DatePhraseOptions = {}): string {
  const phrase = text.trim();
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? "UTC";
  const today = calendarDay(now, timeZone);
  if (phrase.length === 0 || phrase.length > 100) throw notADate(text);
  let day: string;
  if (ISO_DAY.test(phrase)) {
    if (!isCalendarDay(phrase)) throw notADate(text);
    day = phrase;
  } else if (PART_OF_TODAY.test(phrase)) {
    day = today;
  } else {
    // Read in every language the chat reads ("el lunes", "lundi", "am Montag", "na segunda"):
    // English alone left a Spanish weekday unread and the application logged today (trial 2026-12-06).
    const result = readDate(dateParser(), phrase, reference(now, timeZone), { forwardDate: false });
    if (!result) throw notADate(text);
    const start = result.start;
    const namesWeekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
    if (!start.isCertain("day") && !namesWeekdayOnly) {
      throw validationError(
        `"${text}" is not a specific day; say which day, for example "May 4" or "2026-05-04".`,
        {
          field: "date",
        },
      );
    }
    day = componentsDay(start);
    // chrono picks the nearest match; an applied date is in the past, so "Monday" said on
    // a Sunday means six days ago and "Dec 20" said in January means last December.
    if (day > today && namesWeekdayOnly) day = addDays(day, -7);
    // "el lunes pasado" said on a Monday is a week ago, as "last Monday" is (chrono's Spanish,
    // French and Portuguese readers skip the word for "last" and gave today; trial14).
    if (day === today && namesWeekdayOnly && LAST_WORD.test(phrase)) day = addDays(day, -7);
    if (day > today && !start.isCertain("year")) day = shiftYear(day, -1);
  }
  if (day > today) {
    throw validationError(`The date ${day} is in the future; an applied date must be today or earlier.`, {
      field: "date",
    });
  }
  return day;
}

/** The first day (and hour) said ahead, in any of the chat's languages (date-readers.ts). */
function futureReading(text: string, ref: Chrono.ParsingReference | Date): DateReading | undefined {
  return readDate(dateParser(), text, ref, { forwardDate: true });
}

/** The words of a message that say a future day, in any of those languages ("vendredi"), as written. */
export function futureDayWords(text: string): string | undefined {
  const counted = relativeDays(text);
  const reading = futureReading(text, new Date());
  if (!counted) return reading?.text;
  // "kal 3 baje", "en 2 días a las 10": the counted day with the hour said next to it.
  const hour = reading && hourSaid(reading) ? reading : undefined;
  const from = counted.text ? text.indexOf(counted.text) : -1;
  if (!hour || from < 0) return counted.text;
  const start = Math.min(from, hour.index);
  const stop = Math.max(from + counted.text.length, hour.index + hour.text.length);
  return stop - start <= counted.text.length + hour.text.length + 8 ? text.slice(start, stop) : counted.text;
}

/** Whether a phrase says the hour as well as the day ("friday at 2pm", "jeudi à 14h", "kal 3 baje"). */
export function saysHour(text: string): boolean {
  const reading = futureReading(text, new Date());
  return Boolean(reading && hourSaid(reading)) || /\b(?:noon|midday)\b/i.test(text);
}

/**
 * A future instant from a phrase such as "Thursday at 2pm", "tomorrow 10:30", "Dec 3 9am",
 * or an ISO timestamp. Without a time of day it assumes 09:00 local, the usual first slot.
 */
export function parseFutureInstant(text: string, options: DatePhraseOptions = {}): Date {
  const phrase = text.trim();
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? "UTC";
  if (phrase.length === 0 || phrase.length > 100) throw notADate(text);
  const direct = /^\d{4}-\d{2}-\d{2}T/.test(phrase) ? new Date(phrase) : null;
  // "em 2 dias", "2 din baad": counted days, read exactly before chrono guesses (relative-days.ts);
  // an hour chrono reads beside them ("kal 3 baje", "in 2 days at 3pm") is kept.
  const counted = relativeDays(phrase);
  let instant: Date;
  if (direct && !Number.isNaN(direct.getTime())) {
    instant = direct;
  } else {
    const result = futureReading(phrase, reference(now, timeZone));
    if (!result && !counted) throw notADate(text);
    const hour = result && hourApart(result, counted) ? hourSaid(result) : undefined;
    const day = counted
      ? addDays(calendarDay(now, timeZone), counted.days)
      : sameWeekdayMeansNext(
          result as DateReading,
          componentsDay((result as DateReading).start),
          now,
          timeZone,
        );
    instant = zonedInstant(day, hour?.hour ?? 9, timeZone, hour?.minute ?? 0);
  }
  if (instant.getTime() <= now.getTime()) {
    throw validationError(`"${text}" is in the past; give the upcoming date and time.`, { field: "date" });
  }
  return instant;
}

/** An hour read outside the counted days' words ("daqui a 3 dias" is not 3 o'clock). */
function hourApart(result: DateReading, counted: RelativeDays | undefined): boolean {
  return !counted?.text.includes(result.text);
}

/** "this friday", "heute", "hoy": words that keep today when today is the weekday named. */
const THIS_DAY = /\b(?:this|today|tonight|heute|diesen|hoy|este|esta|aujourd'hui|ce|cette|hoje|aaj)\b/i;

/**
 * "remind me friday" said on a Friday means next Friday (chrono reads today, a reminder due
 * hours from now): a weekday named alone, with no time and no "this", that is today moves a week on.
 */
function sameWeekdayMeansNext(result: DateReading, day: string, now: Date, timeZone: string): string {
  const weekdayOnly = result.start.isCertain("weekday") && !result.start.isCertain("day");
  const today = calendarDay(now, timeZone);
  // "next friday" said on a Monday: this week's Friday, not next week's (next-weekday.ts).
  if (weekdayOnly && saysNextWeekday(result.text) && !WEEK_WORD.test(result.text)) {
    const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    return addDays(today, daysToNextWeekday(todayWeekday, result.start.get("weekday") ?? todayWeekday));
  }
  return weekdayOnly && day === today && !THIS_DAY.test(result.text) && !hourSaid(result)
    ? addDays(day, 7)
    : day;
}

/** "friday next week": the week is said, so the weekday is that week's (chrono's reading). */
const WEEK_WORD = /(?<![\p{L}])(?:week|semana|semaine|woche|hafte)(?![\p{L}])/iu;

/** The instant a wall-clock time on a calendar day happens in a time zone (09:00 in Berlin on 2026-05-04). */
export function zonedInstant(day: string, hour: number, timeZone = "UTC", minute = 0): Date {
  const pad = (n: number) => String(n).padStart(2, "0");
  const naive = Date.parse(`${day}T${pad(hour)}:${pad(minute)}:00Z`);
  // The offset can differ between the guess and the answer around a DST switch; a second pass settles it.
  let instant = naive - offsetMinutes(new Date(naive), checkedZone(timeZone)) * 60_000;
  instant = naive - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** "Tue, Nov 24 at 14:00 (UTC)" in the person's zone. */
export function formatInstant(instant: Date, timeZone = "UTC"): string {
  const day = new Intl.DateTimeFormat("en-US", {
    timeZone: checkedZone(timeZone),
    weekday: "short",
    month: "short",
    day: "numeric",
  }).format(instant);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(
    instant,
  );
  return `${day} at ${time} (${timeZone})`;
}

function reference(now: Date, timeZone: string): Chrono.ParsingReference {
  return { instant: now, timezone: offsetMinutes(now, checkedZone(timeZone)) };
}

/** Offset of a zone from UTC in minutes at an instant (Intl gives it only indirectly). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The zone when the runtime knows it, else undefined (a platform may report one it does not). */
export function knownTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

function checkedZone(timeZone: string): string {
  if (knownTimeZone(timeZone) === undefined)
    throw validationError(`"${timeZone}" is not a time zone; use a name such as Europe/Berlin.`, {
      field: "timeZone",
    });
  return timeZone;
}

function componentsDay(start: Chrono.ParsedComponents): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
}

function shiftYear(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const candidate = `${year}${day.slice(4)}`;
  // Feb 29 in a year without one becomes Feb 28.
  return isCalendarDay(candidate) ? candidate : `${year}-02-28`;
}

const notADate = (text: string) =>
  validationError(
    `I couldn't read "${text.slice(0, 60)}" as a date. Try "today", "yesterday", "last Monday" or 2026-05-04.`,
    { field: "date" },
  );
