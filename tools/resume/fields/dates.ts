/**
 * Date ranges as resumes write them: "February 2016 to Present", "Sept 2017 onwards",
 * "2019-21", "01/2015 - 03/2018", "Jun'14 – till date", "2005 Present", "since 2018".
 * Dates are kept as partial ISO strings ("2019" or "2019-07"); "current" marks an open end.
 * A year written as a placeholder ("July 20XX - Present", "19xx-20xx", as templates and
 * anonymised resumes write it) still makes a range, so the job beside it is read, but a date
 * with no year is no date: that end is left out rather than guessed.
 */
import type { PartialDate } from "../../../contract/profile.ts";
import { MONTH_SOURCE, MONTH_WORDS, MONTH_YEAR_JOINER, OTHER_OPEN_END_SOURCE } from "./date-words.ts";

export interface DateRange {
  /** Absent when the start's year is a placeholder ("20XX"). */
  start?: PartialDate;
  end?: PartialDate;
  current: boolean;
  /** Where in the input the range was written. */
  index: number;
  length: number;
}

const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** English month names and those of es/pt/fr/de/it/nl (date-words.ts). */
const MONTH = MONTH_SOURCE;
const SEASON = "(?:spring|summer|fall|autumn|winter)";
const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
/** A year hidden behind a placeholder: "20XX", "19xx", "201X". */
const HIDDEN_YEAR = "(?:19|20)(?:\\d|[xX])[xX]";
const DATE_ALTS = [
  `(?<m1>${MONTH}|${SEASON})(?:${MONTH_YEAR_JOINER}|[\\s,'’.-]*)(?<y1>${YEAR}|${HIDDEN_YEAR}|'\\d{2}|’\\d{2})`,
  `(?<d>\\d{1,2})[/.-](?<m2>\\d{1,2})[/.-](?<y2>${YEAR})`,
  `(?<m3>\\d{1,2})[/.-](?<y3>${YEAR}|${HIDDEN_YEAR})`,
  `(?<y4>${YEAR})[/.-](?<m4>\\d{1,2})(?![\\d])`,
  `(?<y5>${YEAR}|${HIDDEN_YEAR})`,
];
/** An open end: "Present", "Current", "to date", "till now"... */
const OPEN_END = String.raw`present|current(?:ly)?|till[\s-]+(?:date|now)|to[\s-]*date|date|now|ongoing|today|onwards|continuing`;
/**
 * A date ends at a non-word character, or where an open end is glued to it as text taken
 * from a PDF often is ("2016present", "Jan 2019Present", "2012to date").
 */
const DATE_RE = new RegExp(
  `(?<![\\w])(?:${DATE_ALTS.join("|")})(?:(?![\\w])|(?=(?:present|current|to\\s*date|till\\s*date)\\b))`,
  "gi",
);
/** What joins a start to an open end: the range separators below, "/" and a bracket too. */
const PRESENT_RE = new RegExp(
  String.raw`^\s*(?:-{1,2}|–|—|~|→|\/|to|till|until|through|thru|up ?to)?\s*\(?\s*(?:the\s+)?(${OPEN_END})\b`,
  "i",
);
/** The same in the other languages, where a separator must stand before the open end. */
const OTHER_PRESENT_RE = new RegExp(`^\\s*${OTHER_OPEN_END_SOURCE}`, "iu");
/** Range separators, including other languages' ("de 2018 à 2023", "2018 bis 2020"). */
const SEPARATOR_RE =
  /^\s*(?:-{1,2}|–|—|~|→|to|till|until|through|thru|and|à|au|a|bis|hasta|até|al|ao)\s*$|^\s+$|^$/i;
const SHORT_END_RE = /^\s*(?:-|–|—)\s*(\d{2})(?![\d/.-])/;

interface DateToken {
  /** Both absent for a placeholder year. */
  date?: PartialDate;
  year?: number;
  index: number;
  end: number;
}

function twoDigitYear(y: string): number {
  const n = Number(y.replace(/['’]/g, ""));
  return n < 50 ? 2000 + n : 1900 + n;
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  return SEASONS[w] ?? MONTH_WORDS[w];
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const isHidden = (year: string | undefined) => !!year && /[xX]$/.test(year);

function tokenize(text: string): DateToken[] {
  const out: DateToken[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const g = m.groups ?? {};
    if (isHidden(g.y1 ?? g.y3 ?? g.y5)) {
      out.push({ index: m.index!, end: m.index! + m[0].length });
      continue;
    }
    let year: number;
    let month: number | undefined;
    if (g.m1) {
      year = /^['’]/.test(g.y1) ? twoDigitYear(g.y1) : Number(g.y1);
      month = monthNumber(g.m1);
    } else if (g.y2) {
      year = Number(g.y2);
      month = Number(g.m2) <= 12 ? Number(g.m2) : Number(g.d) <= 12 ? Number(g.d) : undefined;
    } else if (g.y3) {
      year = Number(g.y3);
      month = Number(g.m3);
    } else if (g.y4) {
      year = Number(g.y4);
      if (Number(g.m4) > 12) {
        // "2019-21" is a short year range, not a month: keep only the year token.
        out.push({ date: String(year), year, index: m.index!, end: m.index! + 4 });
        continue;
      }
      month = Number(g.m4);
    } else {
      year = Number(g.y5);
    }
    if (month !== undefined && (month < 1 || month > 12)) month = undefined;
    const date = month ? `${year}-${pad(month)}` : String(year);
    out.push({ date, year, index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * A range of months with two-digit years, "1/01 - 6/01", "8/98 – Present": read only as a range,
 * since a lone "6/01" may be a day or a fraction.
 */
const SHORT_YEAR_RANGE_RE = new RegExp(
  String.raw`(?<![\w/.])(0?[1-9]|1[0-2])\/(\d{2})\s*(?:-{1,2}|–|—|to)\s*(?:(0?[1-9]|1[0-2])\/(\d{2})|(${OPEN_END}))(?![\w/.])`,
  "gi",
);

function shortYearRanges(text: string): DateRange[] {
  if (!text.includes("/")) return [];
  const out: DateRange[] = [];
  for (const m of text.matchAll(SHORT_YEAR_RANGE_RE)) {
    const start = twoDigitYear(m[2]!);
    const end = m[4] ? twoDigitYear(m[4]) : undefined;
    if (end !== undefined && (end < start || end - start >= 60)) continue;
    out.push({
      start: `${start}-${pad(Number(m[1]))}`,
      end: end === undefined ? undefined : `${end}-${pad(Number(m[3]))}`,
      current: end === undefined,
      index: m.index!,
      length: m[0].length,
    });
  }
  return out;
}

/** All date ranges in a piece of text, left to right. Single dates become {start, end: start}. */
export function findDateRanges(text: string, options: { singles?: boolean } = {}): DateRange[] {
  const short = shortYearRanges(text);
  const ranges = datedRanges(text, options);
  return short.length === 0 ? ranges : [...ranges, ...short].sort((a, b) => a.index - b.index);
}

function datedRanges(text: string, options: { singles?: boolean }): DateRange[] {
  const tokens = tokenize(text);
  const ranges: DateRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const after = text.slice(t.end);
    const present = PRESENT_RE.exec(after) ?? OTHER_PRESENT_RE.exec(after);
    if (present && !/^\s*(?:and)/i.test(after)) {
      ranges.push({
        start: t.date,
        current: true,
        index: t.index,
        length: t.end - t.index + present[0].length,
      });
      continue;
    }
    const next = tokens[i + 1];
    if (
      next &&
      (next.year === undefined || t.year === undefined || (next.year >= t.year && next.year - t.year < 60)) &&
      SEPARATOR_RE.test(text.slice(t.end, next.index))
    ) {
      ranges.push({
        start: t.date,
        end: next.date,
        current: false,
        index: t.index,
        length: next.end - t.index,
      });
      i++;
      continue;
    }
    const short = SHORT_END_RE.exec(after);
    if (short && t.year !== undefined && /^\d{4}$/.test(t.date ?? "")) {
      const endYear = Math.floor(t.year / 100) * 100 + Number(short[1]);
      if (endYear >= t.year && endYear - t.year < 15) {
        ranges.push({
          start: t.date,
          end: String(endYear),
          current: false,
          index: t.index,
          length: t.end - t.index + short[0].length,
        });
        continue;
      }
    }
    const before = text.slice(Math.max(0, t.index - 9), t.index);
    if (/\b(?:since|from|desde|depuis|seit|dal)\s*$/i.test(before)) {
      ranges.push({ start: t.date, current: true, index: t.index, length: t.end - t.index });
      continue;
    }
    if (options.singles)
      ranges.push({ start: t.date, end: t.date, current: false, index: t.index, length: t.end - t.index });
  }
  return ranges;
}

/** Months since year 0 for arithmetic; a bare year starts in January and ends in December. */
export function monthIndex(date: PartialDate, edge: "start" | "end"): number {
  // date.split("-").map(Number)'s first two numbers, without the arrays (skill evidence runs
  // this for every job of every skill).
  const dash = date.indexOf("-");
  const y = Number(dash < 0 ? date : date.slice(0, dash));
  const next = dash < 0 ? -1 : date.indexOf("-", dash + 1);
  const m = dash < 0 ? undefined : Number(next < 0 ? date.slice(dash + 1) : date.slice(dash + 1, next));
  return y * 12 + (m ? m - 1 : edge === "start" ? 0 : 11);
}

export function yearOf(date: PartialDate | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** Today as a partial date; passed in so parsing stays deterministic in tests. */
export function currentMonth(now: Date): PartialDate {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}`;
}
