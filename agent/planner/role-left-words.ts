/**
 * The slots of a job left, said in any of the chat's languages, once the intent model has read
 * change_role: "dejé Acme en marzo", "j'ai quitté Lumio le mois dernier", "ich habe Acme im März
 * verlassen", "saí da Acme há 2 meses", "maine March mein Acme chhod diya". The words that say
 * "leaving" are the model's business; this reads only the month it ended and the employer named.
 * Months, numbers and "ago" are closed vocabularies (the resume reader's month words, the
 * background reader's number words), so they are exact rules; which role is meant is decided
 * against the profile by the tool (tools/profile/role-change.ts reads the words said).
 */

import { monthLabel, monthOf } from "../../tools/experience/roles.ts";
import { MONTH_WORDS } from "../../tools/resume/fields/date-words.ts";
import { currentMonth } from "../../tools/resume/fields/dates.ts";
import { CARDINAL_WORDS } from "../../tools/text/number-words.ts";
import { NUMBER_WORDS } from "./background-phrases.ts";

/** Month words of more than three letters (short forms are everyday words: "mar", "set", "mai"). */
const MONTH_NAME = Object.keys(MONTH_WORDS)
  .filter((w) => w.length > 3 && w !== "marco")
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "in/en/im/em/au mois de/no/de/since" before a month, or Hindi "mein/me/mai" after it. */
const MONTH_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:in|en|im|em|au|no|na|desde|seit|depuis|since|back\s+in|(?:au\s+)?mois\s+de|mes\s+de|em\s+fins\s+de|a\s+finales\s+de|fin|ende)\s+)?(${MONTH_NAME})(?:\s+(?:de\s+|del\s+)?((?:19|20)\d{2}))?(?![\p{L}])`,
  "iu",
);

/** A short month word ("may", "mai", "jan") is one only after a word that leads to a time, or before a year. */
const SHORT_MONTH = Object.keys(MONTH_WORDS)
  .filter((w) => w.length <= 3 && !["set", "out", "ago", "gen", "giu", "lug", "ott", "mrz"].includes(w))
  .join("|");
const SHORT_MONTH_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:in|en|im|em|au|seit|since|depuis|desde|de|back\s+in)\s+(${SHORT_MONTH})\.?(?:\s+((?:19|20)\d{2}))?|(${SHORT_MONTH})\.?\s+(?:((?:19|20)\d{2})|mein|me|mai|se)(?![\p{N}]))(?![\p{L}])`,
  "iu",
);

/** Last month, in each language. */
const LAST_MONTH =
  /\b(?:last\s+month|(?:el\s+)?mes\s+pasado|le\s+mois\s+dernier|(?:im\s+)?letzten\s+monat|vorigen\s+monat|(?:no\s+)?m[eê]s\s+passado|pi(?:c)?hh?le\s+mah(?:i|ee)ne)\b/iu;

/** Last year, in each language. */
const LAST_YEAR =
  /\b(?:last\s+year|(?:el\s+)?a[ñn]o\s+pasado|l'ann[ée]e\s+derni[èe]re|letztes\s+jahr|(?:no\s+)?ano\s+passado|pi(?:c)?hh?le\s+saal)\b/iu;

/** A number said in words, in each language ("dos", "einem", "ek"), or in digits. */
const NUMBER = String.raw`\d{1,2}|a|an|one|two|three|four|five|six|${Object.keys(NUMBER_WORDS).join("|")}`;
/** "a month ago" is one; the other English words from the one table of cardinals. */
const ENGLISH_NUMBER: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS };
const amount = (w: string) =>
  /^\d+$/.test(w)
    ? Number(w)
    : (ENGLISH_NUMBER[w.toLowerCase()] ?? Number(NUMBER_WORDS[w.toLowerCase()] ?? 1));

/** Units of time in each language, and how many weeks each is. */
const UNIT = String.raw`weeks?|semanas?|semaines?|wochen?|hafte|hafta|months?|mes(?:es)?|m[eê]s(?:es)?|mois|monat(?:en|e)?|mahin[ea]|mahino|years?|a[ñn]os?|anos?|ans|ann[ée]es?|jahr(?:en|e)?|saal|sal`;
const unitMonths = (u: string) => (/^(?:w|sem|haf)/i.test(u) ? 0.25 : /^(?:y|a|j|s)/i.test(u) ? 12 : 1);

/** "hace 2 meses", "il y a 3 mois", "vor zwei Wochen", "há um mês", "do mahine pehle", "a month ago". */
const AGO = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:hace|il\s+y\s+a|vor|h[áa]|faz)\s+(${NUMBER})\s+(${UNIT})(?![\p{L}])|(?<![\p{L}])(${NUMBER})\s+(${UNIT})\s+(?:ago|pehle|pahle|pehele|back)(?![\p{L}]))`,
  "iu",
);

/** A year alone: "en 2025", "im Jahr 2024", "em 2025", "2025 mein". */
const YEAR_SAID =
  /\b(?:in|en|im(?:\s+jahr)?|em|no\s+ano\s+de|en\s+el\s+a[ñn]o)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:mein|me|mai)\b/iu;

/** When a job was left, as a year-month or year; undefined when no time is said. */
export function leftWhen(raw: string, now = new Date()): string | undefined {
  const here = monthOf(currentMonth(now))!;
  const text = raw;
  if (LAST_MONTH.test(text)) return monthLabel(here - 1);
  if (LAST_YEAR.test(text)) return String(Math.floor(here / 12) - 1);
  const ago = AGO.exec(text);
  if (ago) {
    const n = amount(ago[1] ?? ago[3]!);
    const months = n * unitMonths(ago[2] ?? ago[4]!);
    if (months < 1) return currentMonth(new Date(now.getTime() - n * 7 * 86_400_000));
    // Weeks ago is a month (this one, or the last); years ago is a year.
    return months >= 12 && months % 12 === 0
      ? String(Math.floor((here - months) / 12))
      : monthLabel(here - Math.round(months));
  }
  const long = MONTH_SAID.exec(text);
  const short = long ? undefined : SHORT_MONTH_SAID.exec(text);
  const month = long ? [long[1], long[2]] : short ? [short[1] ?? short[3], short[2] ?? short[4]] : undefined;
  if (month) {
    const m = MONTH_WORDS[month[0]!.toLowerCase()]! - 1;
    if (month[1]) return `${month[1]}-${String(m + 1).padStart(2, "0")}`;
    // A month alone is the last one of that name gone by: "in March", said in December, is this March.
    const year = Math.floor(here / 12) - (m > here % 12 ? 1 : 0);
    return monthLabel(year * 12 + m);
  }
  const year = YEAR_SAID.exec(text);
  return year ? (year[1] ?? year[2]) : undefined;
}

/**
 * Capitalised words that are not an employer: sentence openers and pronouns, and the nouns German
 * writes with a capital that say a job or a time ("meinen Job im Monat"), in the chat's languages.
 */
const NOT_A_NAME = new Set(
  (
    "i ich je j'ai yo eu me mi mon ma mein meine meinen meiner my the el la le les los las der die das den dem o a os as " +
    "maine mujhe hum main mera meri job stelle arbeit arbeitsplatz firma unternehmen betrieb vertrag monat monaten jahr jahren " +
    "woche wochen ende anfang sommer winter herbst frühling chef team praktikum ausbildung schicht heute gestern " +
    "monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo " +
    "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag"
  ).split(" "),
);

/** German writes every noun with a capital: there a name needs a word before it that leads to one. */
const GERMAN_BEFORE = new Set("bei von für mit habe hab hat haben hatte bin".split(" "));
/** Hindi postpositions after a name: "Acme mein", "Acme se", "Acme ki naukri", "Acme ne". */
const HINDI_AFTER = new Set("mein me mai se ki ke ka ne".split(" "));
/** After a first word that is a name: "Crestline hat mich…", "Crestline ne mujhe…", "Crestline me despidió". */
const SUBJECT_AFTER = new Set("hat hatte ne me m'a m'ont nos".split(" "));

const bare = (token: string | undefined) => (token ?? "").replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, "");

/**
 * The employer named, as written: the first run of capitalised words that is not a month or a word
 * of NOT_A_NAME, nor the message's first word (a sentence start) unless a verb of it follows. In
 * German (nouns are capitalised) a run counts only after a word that leads to a name ("bei",
 * "habe") or before a Hindi postposition.
 */
export function employerNamed(raw: string, language?: string): string | undefined {
  const tokens = raw.trim().split(/\s+/);
  const capital = (i: number) => {
    const word = bare(tokens[i]);
    return (
      /^[\p{Lu}][\p{L}\p{N}&.'-]*$/u.test(word) &&
      !NOT_A_NAME.has(word.toLowerCase()) &&
      MONTH_WORDS[word.toLowerCase()] === undefined
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i)) continue;
    let end = i;
    while (end + 1 < tokens.length && !/[,.;:!?]$/.test(tokens[end]!) && capital(end + 1)) end++;
    const before = bare(tokens[i - 1]).toLowerCase();
    const beforeArticle = bare(tokens[i - 2]).toLowerCase();
    const after = bare(tokens[end + 1]).toLowerCase();
    const led =
      GERMAN_BEFORE.has(before) ||
      HINDI_AFTER.has(after) ||
      (["der", "die", "dem", "den"].includes(before) && GERMAN_BEFORE.has(beforeArticle));
    const fits = i === 0 ? SUBJECT_AFTER.has(after) : language === "de" ? led : true;
    if (fits)
      return tokens
        .slice(i, end + 1)
        .map(bare)
        .join(" ");
    i = end;
  }
  return undefined;
}

/** change_role's arguments for a job left, said in any language: who, when, and the words said. */
export function roleLeftAnyLanguage(
  raw: string,
  language?: string,
  now = new Date(),
): Record<string, unknown> {
  const end = leftWhen(raw, now);
  const role = employerNamed(raw, language);
  return {
    ...(role ? { role } : {}),
    ...(end ? { end } : { left: true }),
    said: raw.trim().slice(0, 300),
  };
}
