/**
 * The day and hour said in any of the chat's languages, read by chrono-node's own readers
 * (English, French, German, Spanish, Portuguese) with the few exact formats they lack added
 * as chrono parsers: "15h" / "9h30" in Spanish and Portuguese (French reads them already),
 * Hindi in Latin script ("kal 3 baje", "friday ko shaam 5 baje"), and an hour said without
 * its half of the day ("a las 3", "um 3", "at 3") taken as the afternoon, as people mean it
 * for a call or an interview (issue 12).
 */
import type * as Chrono from "chrono-node";
import { dayOfMonthParser, hindiWeekdayParser } from "./day-of-month.ts";

export interface DateReading {
  /** The words that say it, as written (a day and an hour said apart are one span). */
  text: string;
  index: number;
  /** Components in the reference's zone: the day, and the hour when one was said. */
  start: Chrono.ParsedComponents;
  /** The hour and minute said, when the day and the hour came as two readings ("mañana 15h"). */
  hour?: { hour: number; minute: number };
}

/** "15h", "15h30", "às 15h", "a las 9h30": an hour of the day in the French way. */
const H_HOUR = /(?<![\p{L}\d])(?:(?:a las|a la|às|as|à|a)\s+)?(\d{1,2})h(\d{2})?(?![\p{L}\d])/iu;

/** Hindi in Latin script: "3 baje", "subah 10 baje", "shaam 5:30 baje". */
const BAJE =
  /(?<![\p{L}\d])(?:(subah|subha|savere|sawere|dopahar|dopehar|dupahar|shaam|sham|raat|rat)\s+(?:ko\s+)?)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:baje|bje|bajey|bajay)(?![\p{L}\d])/iu;
const HINDI_KAL = /(?<![\p{L}\d])kal(?![\p{L}\d])/iu;

/** Words after an hour that say it is the morning: the hour then stays as said. */
const MORNING_AFTER =
  /^\s*(?:am\b|a\.m\.|in the morning|de la ma[nñ]ana|da manh[aã]|du matin|morgens|fr[uü]h|vormittags|subah)/iu;

/** Words after an hour that say the afternoon or evening: "a las 8 de la tarde" is 20:00. */
const EVENING_AFTER =
  /^\s*(?:pm\b|p\.m\.|in the (?:afternoon|evening)|de la (?:tarde|noche)|da (?:tarde|noite)|de l'apr[eè]s-midi|du soir|abends|nachmittags|shaam)/iu;

/** An hour this low with no half of the day said is the afternoon: nobody books a call at 3 at night. */
const LATEST_MORNING_GUESS = 7;

function hourParser(pattern: RegExp): Chrono.Parser {
  return {
    pattern: () => pattern,
    extract: (_context, match) => {
      const hour = Number(match[1]);
      const minute = Number(match[2] ?? 0);
      if (hour > 23 || minute > 59) return null;
      return hour > 12 ? { hour, minute, meridiem: 1 } : { hour, minute };
    },
  };
}

function hindiHourParser(): Chrono.Parser {
  return {
    pattern: () => BAJE,
    extract: (context, match) => {
      let hour = Number(match[2]);
      const minute = Number(match[3] ?? 0);
      if (hour > 23 || minute > 59) return null;
      const part = match[1]?.toLowerCase();
      const components = context.createParsingComponents({ hour, minute });
      if (!part) return components;
      const afternoon = /^(?:dopahar|dopehar|dupahar)$/.test(part);
      const evening = /^(?:shaam|sham|raat|rat)$/.test(part);
      if ((afternoon && hour < 12 && hour <= 6) || (evening && hour < 12)) hour += 12;
      if (!afternoon && !evening && hour === 12) hour = 0;
      components.assign("hour", hour);
      components.assign("meridiem", hour >= 12 ? 1 : 0);
      return components;
    },
  };
}

/** "kal" in a plan ahead is tomorrow (it is also yesterday, which a reminder never is). */
function hindiTomorrowParser(english: Chrono.Chrono): Chrono.Parser {
  return {
    pattern: () => HINDI_KAL,
    extract: (context) => {
      const ref = context.reference;
      const tomorrow = english.parse("tomorrow", {
        instant: ref.instant,
        timezone: ref.timezoneOffset ?? undefined,
      })[0];
      return tomorrow ? context.createParsingComponents(tomorrow.start as Chrono.ParsingComponents) : null;
    },
  };
}

/** Runs before chrono merges a day with its hour, so the merged reading carries the afternoon. */
const afternoonRefiner: Chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const start = result.start;
      const hour = start.get("hour");
      if (!start.isCertain("hour") || start.isCertain("meridiem") || hour === null) continue;
      const after = context.text.slice(result.index + result.text.length);
      if (MORNING_AFTER.test(after) || hour >= 12) continue;
      if (hour > LATEST_MORNING_GUESS && !EVENING_AFTER.test(after)) continue;
      start.assign("hour", hour + 12);
      start.imply("meridiem", 1);
    }
    return results;
  },
};

function extended(parser: Chrono.Chrono, parsers: Chrono.Parser[]): Chrono.Chrono {
  const copy = parser.clone();
  // First, so "15h" is an hour of the day and not "15 hours from now" (same span, the first reader wins).
  copy.parsers.unshift(...parsers);
  copy.refiners.unshift(afternoonRefiner);
  return copy;
}

let readers: Chrono.Chrono[] | undefined;

/** English first (its readings win ties), then French, German, Spanish, Portuguese, Hindi. */
export function languageReaders(c: typeof Chrono): Chrono.Chrono[] {
  readers ??= [
    // A bare day of the month ("on the 14th", "el 14") and Hindi weekdays: day-of-month.ts.
    extended(c.casual, [dayOfMonthParser("en")]),
    extended(c.fr.casual, [dayOfMonthParser("fr")]),
    extended(c.de.casual, [dayOfMonthParser("de")]),
    extended(c.es.casual, [hourParser(H_HOUR), dayOfMonthParser("es")]),
    extended(c.pt.casual, [hourParser(H_HOUR), dayOfMonthParser("pt")]),
    extended(c.casual, [
      hindiHourParser(),
      hindiTomorrowParser(c.casual),
      dayOfMonthParser("hi"),
      hindiWeekdayParser(),
    ]),
  ];
  return readers;
}

/** Between a day and its hour read apart: a comma, "at", "ko", "a las", "um", "à"... a short word at most. */
const JOIN = /^\s*(?:,|-|at|on|ko|a|à|às|as|a las|a la|um|de|le|el|la)?\s*$/iu;

/** A day read and, right after it, an hour read on its own ("mañana" + "15h"): one reading. */
/**
 * Short day names that are everyday words of the chat's languages, written in lower case in a
 * sentence: "mon loyer" (my rent), "a mi hermana" (my sister), "do mahine" (two months), "sa mère".
 * Read as days they took the word out of a personal task ("payer loyer") and set the reminder
 * on a Monday.
 */
const EVERYDAY_SHORT = /^(?:mon|mi|ma|di|do|so|sa|mar|mer|dom|sab|sam|ven|jeu|lun|mie)$/;

function joined(all: Chrono.ParsedResult[], text: string): DateReading | undefined {
  const results = all.filter((r) => !EVERYDAY_SHORT.test(r.text));
  const [first, second] = results;
  if (!first) return undefined;
  const reading: DateReading = { text: first.text, index: first.index, start: first.start };
  if (!second || first.start.isCertain("hour")) return reading;
  const dayOnly = first.start.isCertain("day") || first.start.isCertain("weekday");
  const hourOnly =
    second.start.isCertain("hour") && !second.start.isCertain("day") && !second.start.isCertain("weekday");
  const between = text.slice(first.index + first.text.length, second.index);
  if (!dayOnly || !hourOnly || !JOIN.test(between)) return reading;
  return {
    text: text.slice(first.index, second.index + second.text.length),
    index: first.index,
    start: first.start,
    hour: { hour: second.start.get("hour") ?? 9, minute: second.start.get("minute") ?? 0 },
  };
}

const end = (r: DateReading) => r.index + r.text.length;
const covers = (outer: DateReading, inner: DateReading) =>
  outer.index <= inner.index && end(outer) >= end(inner);

/**
 * The reading of a text: English's unless another language's reading says more around it
 * ("jeudi à 14h" over English's "14h"); with nothing in English, the longest other one.
 */
export function readDate(
  c: typeof Chrono,
  text: string,
  ref: Chrono.ParsingReference | Date,
  option: Chrono.ParsingOption,
): DateReading | undefined {
  const [english, ...others] = languageReaders(c).map((parser) =>
    joined(parser.parse(text, ref, option), text),
  );
  let best = english;
  for (const reading of others) {
    if (!reading) continue;
    const longer = !best || reading.text.length > best.text.length;
    if (longer && (!english || covers(reading, english))) best = reading;
  }
  // "a las 7 de la mañana", "um 8 abends": the words that set the half of the day go with the hour.
  const halfOfDay = best && text.slice(end(best)).match(MORNING_AFTER) ? MORNING_AFTER : EVENING_AFTER;
  const said = best ? text.slice(end(best)).match(halfOfDay) : null;
  const read = best && said && hourSaid(best) ? { ...best, text: best.text + said[0] } : best;
  // "na próxima sexta": chrono's Portuguese reads "sexta" alone; the "next" before it is kept
  // with it (next-weekday.ts reads it: the Friday meant, not the one a week on).
  const next = read ? NEXT_BEFORE.exec(text.slice(0, read.index)) : null;
  return read && next ? { ...read, text: next[0] + read.text, index: read.index - next[0].length } : read;
}

/** The Portuguese word for "next" right before a weekday chrono read. */
const NEXT_BEFORE = /(?<![\p{L}])pr[oó]xim[oa]\s+$/iu;

/** The hour said, whether chrono read it with the day or apart from it. */
export function hourSaid(reading: DateReading): { hour: number; minute: number } | undefined {
  if (reading.hour) return reading.hour;
  if (!reading.start.isCertain("hour")) return undefined;
  return { hour: reading.start.get("hour") ?? 9, minute: reading.start.get("minute") ?? 0 };
}
