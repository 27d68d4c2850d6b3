/**
 * "I've been out of work for a few years raising my kids", "I haven't worked in 4 years",
 * "haven't worked since 2019", "llevo 3 años sin trabajar", "seit 2 Jahren nicht gearbeitet": a
 * break said in an intro, with how long. The trial (trial16 §3) saw a returning nurse's break
 * counted as her years in the job ("Registered Nurse since 2023-12, counted back from the years
 * you said"): the only years in the message were the break's. The break's words are read here
 * so the intro reader counts them as time since the job ended, never as time in it.
 * Durations in other languages arrive in English units (background-phrases.ts durationsInEnglish).
 */
import { statedDuration } from "../../tools/text/stated-duration.ts";
import { jobEndedSaid } from "./job-ended-said.ts";

/** How long, said after the break's words: "for a few years", "for the past 2 years", "in 4 years". */
const SPAN = String.raw`(?:for|in|over)\s+(?:the\s+(?:last|past)\s+|about\s+|almost\s+|nearly\s+|around\s+|like\s+)?((?:\d{1,2}|a|an|a\s+few|a\s+couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*\+?\s*(?:years?|yrs?|months?))`;

/** Not working now, in the words people use. */
const OUT_OF_WORK = String.raw`(?:out\s+of\s+(?:work|a\s+job|the\s+(?:work\s*force|workforce|field|job\s+market|industry|profession)|nursing|teaching)|off\s+work|unemployed|not\s+working|(?:at\s+)?home\s+with\s+(?:my|the|our)\s+(?:kids?|children|baby|babies|family|son|daughter)|a\s+stay[- ]at[- ]home\s+(?:mom|mum|dad|parent)|on\s+(?:a\s+)?(?:career\s+|parental\s+|maternity\s+)?(?:break|leave))`;

/** Each way a break and its length are said: the length is group 1 (a duration) or group 2 (a year since). */
const BREAKS: RegExp[] = [
  new RegExp(String.raw`\b${OUT_OF_WORK}\s+${SPAN}`, "iu"),
  new RegExp(String.raw`\b${OUT_OF_WORK}\s+since\s+()((?:19|20)\d{2})\b`, "iu"),
  new RegExp(
    String.raw`\b(?:haven['’]?t|have\s+not|hadn['’]?t|had\s+not|not|didn['’]?t)\s+(?:been\s+)?work(?:ed|ing)\s+${SPAN}`,
    "iu",
  ),
  /\b(?:haven['’]?t|have\s+not|not)\s+(?:been\s+)?work(?:ed|ing)\s+since\s+()((?:19|20)\d{2})\b/iu,
  // "5 years sin trabajar / sem trabalhar / sans travailler / ohne Arbeit", "3 years off work".
  /((?:\d{1,2}|a\s+few|a\s+couple\s+of)\s*(?:years?|months?))\s+(?:sin\s+trabajar|sin\s+empleo|sem\s+trabalhar|sem\s+emprego|sans\s+(?:travailler|emploi)|ohne\s+(?:arbeit|job)|out\s+of\s+work|off\s+work|at\s+home)\b/iu,
  // "seit 2 years nicht (mehr) gearbeitet", "depuis 3 years je ne travaille plus".
  /\bseit\s+((?:\d{1,2})\s*(?:years?|months?))\s+nicht\s+(?:mehr\s+)?gearbeitet/iu,
];

export interface BreakSaid {
  months: number;
  /** Where the break's words are in the text. */
  at: number;
  end: number;
}

/** The break said in `text` and how long it has lasted, or undefined. */
export function outOfWorkSaid(text: string, now: Date = new Date()): BreakSaid | undefined {
  for (const pattern of BREAKS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const year = m[2] ? Number(m[2]) : undefined;
    const months = year ? (now.getUTCFullYear() - year) * 12 : statedDuration(m[1] ?? "")?.months;
    if (months && months > 0 && months <= 600) return { months, at: m.index, end: m.index + m[0].length };
  }
  // "got laid off last month", "retired last year": the job ended that long ago (0: not said when).
  return jobEndedSaid(text, now);
}

/** The text with the break's words taken out: the years left are the job's. */
export function withoutBreak(text: string): string {
  const b = outOfWorkSaid(text);
  return b ? `${text.slice(0, b.at)} ${text.slice(b.end)}` : text;
}
