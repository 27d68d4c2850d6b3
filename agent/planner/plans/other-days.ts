/**
 * "ayer", "hier", "gestern", "ontem", "kal": the day said in another language the chat understands
 * (a nurse's "apliqué a Sunrise Family Clinic ayer para clinic manager" was logged as applied
 * today, with no role). Said to the applications service in English, which reads dates.
 * Only days an application was sent are read here, so Hindi "kal" (yesterday or tomorrow) and
 * "parso" are the days before.
 */
import { languageReaders } from "../../../tools/applications/date-readers.ts";
import { dateParser } from "../../../tools/applications/dates.ts";

export const OTHER_DAYS =
  /(?<![\p{L}])(anteayer|antier|avant-hier|vorgestern|anteontem|ayer|hier|gestern|ontem|hoy|aujourd'hui|heute|hoje|kal|parso|parson|aaj)(?![\p{L}])/u;
const DAY_IN_ENGLISH: Record<string, string> = {
  anteayer: "2 days ago",
  antier: "2 days ago",
  "avant-hier": "2 days ago",
  vorgestern: "2 days ago",
  anteontem: "2 days ago",
  ayer: "yesterday",
  hier: "yesterday",
  gestern: "yesterday",
  ontem: "yesterday",
  hoy: "today",
  "aujourd'hui": "today",
  heute: "today",
  hoje: "today",
  kal: "yesterday",
  parso: "2 days ago",
  parson: "2 days ago",
  aaj: "today",
};
export const dayInOtherLanguage = (t: string): string | undefined => {
  const said = t.match(OTHER_DAYS)?.[1];
  return said ? DAY_IN_ENGLISH[said.toLowerCase()] : undefined;
};

/** "pasado", "dernier", "passada" right after a weekday: the one before this week's. */
const LAST_AFTER = /^\s+(?:pasad[oa]|dernier|derni[eè]re|passad[oa])(?![\p{L}])/iu;

/** A word of five letters or more: German's two-letter weekdays ("Do", "Mi") are English words too. */
const LONG_WORD = /\p{L}{5,}/u;

/**
 * "el lunes", "lundi dernier", "am Montag", "na segunda-feira", "el 2 de diciembre": a past day
 * in French, German, Spanish or Portuguese, as written, read by chrono-node's readers for those
 * languages (the applications service reads it the same way). "me postulé a … el lunes" was
 * logged today with the role "… el Lunes" (trial 2026-12-06).
 */
export function pastDayInOtherLanguage(raw: string): string | undefined {
  const [, ...others] = languageReaders(dateParser()).slice(0, 5);
  for (const reader of others) {
    const found = reader.parse(raw, new Date(), { forwardDate: false })[0];
    const day = found && (found.start.isCertain("weekday") || found.start.isCertain("day"));
    // "el lunes pasado", "lundi dernier": the word for "last" is kept with the day it modifies.
    if (day && LONG_WORD.test(found.text))
      return found.text + (raw.slice(found.index + found.text.length).match(LAST_AFTER)?.[0] ?? "");
  }
  return undefined;
}

/** The day an application was sent, said in another language: a word of the table, else a weekday or date. */
export const otherLanguageDay = (t: string, raw: string): string | undefined =>
  dayInOtherLanguage(t) ?? pastDayInOtherLanguage(raw);
