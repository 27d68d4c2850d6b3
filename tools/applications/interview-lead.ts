/**
 * How long before an interview its reminder comes: "the day before" (the tracker's own plan),
 * "2 days before", "an hour before", "a week before my interview", "dos días antes", "deux
 * jours avant", "zwei Tage vorher", "dois dias antes", "do din pehle". "remind me 2 days
 * before" was read as a day of its own and refused as "in the past" (found trying the chat,
 * lead29).
 */
import { OTHER_CARDINAL_WORDS, parseNumberWord } from "../text/number-words.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Unit words per language and their length; "night" and "evening" count as a day. */
const UNITS: ReadonlyArray<[RegExp, number, string]> = [
  [/^(?:hours?|hrs?|horas?|heures?|stunden?|ghante|ghanta)$/i, HOUR_MS, "hour"],
  [/^(?:days?|nights?|evenings?|d[ií]as?|jours?|tage?n?|din)$/i, DAY_MS, "day"],
  [/^(?:weeks?|semanas?|semaines?|wochen?|hafte?|hafta)$/i, 7 * DAY_MS, "week"],
];

const NUMBER = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|[\p{L}]+`;
const UNIT = String.raw`hours?|hrs?|days?|nights?|evenings?|weeks?|horas?|heures?|stunden?|ghante|ghanta|d[ií]as?|jours?|tagen?|tage|din|semanas?|semaines?|wochen?|hafte?|hafta`;
const BEFORE = String.raw`before|ahead|earlier|prior|antes|avant|vorher|davor|pehle`;

/** "<n> <unit> before" anywhere in the words, as a regular-expression source. */
export const LEAD_WORDS = String.raw`(?<![\p{L}\d])(?:${NUMBER})\s+(?:${UNIT})\s+(?:${BEFORE})(?![\p{L}])`;

const LEAD = new RegExp(String.raw`(?<![\p{L}\d])(${NUMBER})\s+(${UNIT})\s+(?:${BEFORE})(?![\p{L}])`, "iu");

export interface InterviewLead {
  ms: number;
  /** "2 days", "an hour", "a week": said back in the reply. */
  words: string;
}

/** The lead time a reminder request names before the interview, or undefined for none said. */
export function interviewLead(when: string): InterviewLead | undefined {
  const m = LEAD.exec(when);
  if (!m) return undefined;
  const said = m[1]!.toLowerCase();
  const n = /^an?$/.test(said) ? 1 : (parseNumberWord(said) ?? OTHER_CARDINAL_WORDS[said]);
  const unit = UNITS.find(([re]) => re.test(m[2]!));
  if (!n || !unit || n > 60) return undefined;
  const [, ms, name] = unit;
  return { ms: n * ms, words: n === 1 ? `${name === "hour" ? "an" : "a"} ${name}` : `${n} ${name}s` };
}

/** The tracker's own lead: the day before. */
export const DEFAULT_LEAD: InterviewLead = { ms: DAY_MS, words: "a day" };
