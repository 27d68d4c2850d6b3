/**
 * A day of the month said alone, as people say an interview's or a call's day: "on the 14th",
 * "el 14", "le 14", "am 14.", "dia 14", "14 tarikh". chrono-node reads a day with its month
 * ("14 March") but not a bare day, so "interview on the 14th at 3pm" kept only "at 3pm" (today)
 * and the 14th was lost (lead's new-user trial, issue 12). The day is the next one of that
 * number: this month's when it is still ahead, else next month's. Also Hindi weekday names in
 * Latin script ("mangal ko", "shukravar"), which no chrono reader knows.
 */
import type * as Chrono from "chrono-node";

/** Each language's way of saying a bare day of the month; the number is the first group. */
export const DAY_OF_MONTH = {
  // An ordinal is needed in English: "the 3 of us" is no day.
  // "on the 14th", "the 22nd"; an ordinal alone is a rank ("I came 2nd"), and so is one before a
  // noun ("the 2nd round", "the 3rd time").
  en: /(?<![\p{L}\d])(?:on\s+(?:the\s+)?|the\s+)(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\d])(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|floor|place|time|year|grade|century|round|interview|call|step|stage|person|one|in\b|birthday|anniversary))/iu,
  es: /(?<![\p{L}\d])(?:el\s+(?:d[ií]a\s+)?|d[ií]a\s+)(\d{1,2})(?![\p{L}\d%.,:])(?!\s*(?:de\s+)?(?:a[nñ]os|horas|minutos|personas|euros|€|\$|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))/iu,
  // The hour is read here too: French chrono reads "14 à 15h" as 14:00 to 15:00 today.
  fr: /(?<![\p{L}\d])le\s+(\d{1,2})(?:er)?(?:\s+à\s+(\d{1,2})\s*h\s*(\d{2})?)?(?![\p{L}\d%.,:])(?!\s*(?:ans|heures|minutes|personnes|euros|€|\$|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))/iu,
  de: /(?<![\p{L}\d])(?:am|den|zum|bis\s+zum)\s+(\d{1,2})\.(?!\d)(?!\s*(?:jan|feb|m[äa]r|apr|mai|jun|jul|aug|sep|okt|nov|dez))/iu,
  pt: /(?<![\p{L}\d])(?:(?:no|o|para\s+o|pro)\s+)?dia\s+(\d{1,2})(?![\p{L}\d%.,:])(?!\s*(?:de\s+)?(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro))/iu,
  hi: /(?<![\p{L}\d])(\d{1,2})\s*(?:tarikh|tareekh|taarikh|tarik)(?![\p{L}\d])/iu,
} as const;

export type DayLanguage = keyof typeof DAY_OF_MONTH;

/**
 * The person's today, from the reference chrono reads in: its calendar fields are the local getters
 * (getDate, getDay) of chrono's adjusted date.
 */
const today = (context: Chrono.ParsingContext) => context.reference.getDateWithAdjustedTimezone();

/** The next calendar day numbered `day` from the reference (today counts): month and year. */
function nextOfNumber(day: number, ref: Date): { day: number; month: number; year: number } | undefined {
  const from = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate()));
  for (let ahead = 0; ahead < 3; ahead++) {
    const candidate = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + ahead, day));
    // Day 31 in a 30-day month rolls over: that month has no such day.
    if (candidate.getUTCDate() !== day || candidate < from) continue;
    return { day, month: candidate.getUTCMonth() + 1, year: candidate.getUTCFullYear() };
  }
  return undefined;
}

/** A chrono parser for a bare day of the month in one language. */
export function dayOfMonthParser(language: DayLanguage): Chrono.Parser {
  return {
    pattern: () => DAY_OF_MONTH[language],
    extract: (context, match) => {
      const day = Number(match[1]);
      if (day < 1 || day > 31) return null;
      const next = nextOfNumber(day, today(context));
      if (!next) return null;
      const hour = match[2] === undefined ? undefined : Number(match[2]);
      if (hour === undefined || hour > 23) return context.createParsingComponents(next);
      return context.createParsingComponents({ ...next, hour, minute: Number(match[3] ?? 0) });
    },
  };
}

/** Hindi weekday names in Latin script, Sunday first (JavaScript's getDay order). */
const HINDI_WEEKDAYS: RegExp[] = [
  /ravi(?:v|w)aa?r|itwaa?r|itvaa?r|ravi/,
  /som(?:v|w)aa?r|som/,
  /mangal(?:v|w)aa?r|mangal/,
  /budh(?:v|w)aa?r|budh/,
  /guru(?:v|w)aa?r|brihaspati(?:v|w)aa?r|veer(?:v|w)aa?r|guru/,
  /shukra(?:v|w)aa?r|shukra/,
  /shani(?:v|w)aa?r|shani/,
];
/** A Hindi weekday: the full name, or the short one before "ko" ("mangal ko"), maybe after "agle" (next). */
const HINDI_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(agle|agla|is)\s+)?(${HINDI_WEEKDAYS.map((w) => w.source).join("|")})(?:\s+ko(?![\p{L}\d])|(?<=(?:v|w)aa?r)(?![\p{L}\d]))`,
  "iu",
);

/** A chrono parser for a Hindi weekday said in Latin script: the next such day (today excluded). */
export function hindiWeekdayParser(): Chrono.Parser {
  return {
    pattern: () => HINDI_WEEKDAY,
    extract: (context, match) => {
      const said = match[2]!.toLowerCase();
      const weekday = HINDI_WEEKDAYS.findIndex((w) => new RegExp(`^(?:${w.source})$`).test(said));
      if (weekday < 0) return null;
      const ref = today(context);
      const ahead = (weekday - ref.getDay() + 7) % 7 || 7;
      const day = new Date(Date.UTC(ref.getFullYear(), ref.getMonth(), ref.getDate() + ahead));
      return context.createParsingComponents({
        day: day.getUTCDate(),
        month: day.getUTCMonth() + 1,
        year: day.getUTCFullYear(),
        weekday,
      });
    },
  };
}
