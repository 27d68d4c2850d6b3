/**
 * Days counted from today, said in the chat's languages: "em 2 dias", "daqui a 3 dias",
 * "dentro de dos días", "dans deux jours", "in zwei Wochen", "2 din baad", "ek hafte baad",
 * "pasado mañana", "après-demain", "parso". These are exact formats, so a small reader:
 * chrono-node's other-language readers miss some ("2 din baad", "em dois dias") and misread
 * others ("daqui a 3 dias" as "a 3", "pasado mañana" as tomorrow, Hindi "do" as Thursday).
 */
import { CARDINAL_WORDS, OTHER_CARDINAL_WORDS } from "../text/number-words.ts";

export interface RelativeDays {
  /** The words that say it, as written. */
  text: string;
  /** Days after today. */
  days: number;
}

const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS, ...OTHER_CARDINAL_WORDS };
const NUMBER = `\\d{1,3}|${Object.keys(NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;
const DAY_UNITS = "days?|d[ií]as?|jours?|tag(?:e|en)?|din";
const WEEK_UNITS = "weeks?|semanas?|semaines?|wochen?|hafte|hafta|hafton";
const UNIT = `${DAY_UNITS}|${WEEK_UNITS}`;
/** Words before the count: "in", "em", "en", "dans", "daqui a", "dentro de", "d'ici", "nach". */
const BEFORE = "in|within|em|en|dans|daqui(?: a)?|dentro de|d'ici|nach|innerhalb von";
/** Words after it: "from now", "later", "baad" (after), "mein" (within), "depois", "plus tard". */
const AFTER = "from now|later|(?:ke )?baad|bad|mein|me|mai|depois|despu[eé]s|plus tard|sp[aä]ter";
/** Whole words only (\b does not know accented letters). */
const word = (body: string) => new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}\\d])`, "iu");
const COUNTED = [
  word(`(?:${BEFORE})\\s+(${NUMBER})\\s+(${UNIT})`),
  word(`(${NUMBER})\\s+(${UNIT})\\s+(?:${AFTER})`),
];
/** Single words for a day ahead: the day after tomorrow, and Hindi "kal" (tomorrow, in a plan ahead). */
const NAMED: [RegExp, number][] = [
  [
    word(
      "day after tomorrow|depois de amanh[aã]|pasado ma[nñ]ana|apr[eè]s[- ]demain|[uü]bermorgen|uebermorgen|parso|parson",
    ),
    2,
  ],
  [
    word(
      "agle hafte|agle week|next hafte|(?:na )?pr[oó]xima semana|la semana que viene|la semaine prochaine|n[aä]chste woche|naechste woche",
    ),
    7,
  ],
  [word("kal"), 1],
];

/** The first count of days or weeks from today the text says, or undefined. */
export function relativeDays(text: string): RelativeDays | undefined {
  for (const pattern of COUNTED) {
    const m = text.match(pattern);
    if (!m) continue;
    const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const weeks = new RegExp(`^(?:${WEEK_UNITS})$`, "iu").test(m[2]!);
    return { text: m[0], days: n * (weeks ? 7 : 1) };
  }
  for (const [pattern, days] of NAMED) {
    const m = text.match(pattern);
    if (m) return { text: m[0], days };
  }
  return undefined;
}
