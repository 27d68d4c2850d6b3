/**
 * Slot extraction: numbers, time budgets, proficiency, score names, application
 * statuses, and the skill or company a sentence is about. Works on normalized text.
 */

import type { ScoreKey } from "../../contract/conversation.ts";
import { CARDINAL_WORD_PATTERN, CARDINAL_WORDS } from "../../tools/text/number-words.ts";
import { DECLINED_OFFER } from "./declined-offer.ts";

/** Chat adds articles, ordinals and vague amounts to the plain number words. */
const NUMBER_WORDS: Record<string, number> = {
  ...CARDINAL_WORDS,
  a: 1,
  an: 1,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  couple: 2,
  few: 3,
};
const NUM = `(\\d+(?:\\.\\d+)?|${CARDINAL_WORD_PATTERN}|a|an|couple|few)`;

export function toNumber(word: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

/**
 * Time units in the languages the chat understands (issue 12: Spanish, French, German,
 * Portuguese): a time budget keeps its numbers when the rest of the message is in another
 * language ("un plan de 8 semanas, 5 horas por semana" planned the default 21 weeks x 10 h).
 */
const WEEK = String.raw`(?:weeks?|wk|semanas?|semaines?|wochen?|hafte|hafta|hapte|hafton)`;
const MONTH = String.raw`(?:months?|meses|mes|mois|monaten?|monate|m[eê]s|mahine|mahina|mahino)`;
// "hrs" glued to its number ("4hrs/wk") escapes normalize's word-bounded hrs -> hours (trial12g: 13 h a week planned).
const HOUR = String.raw`(?:hours?|hrs?|h|horas?|heures?|stunden?|ghante|ghanta|ghanton|ghante?)`;
const DAY = String.raw`(?:day|night|evening|d[ií]as?|jours?|tage?|dia|din)`;
/** "every day 1 hour", "roz 1 ghanta", "cada día 2 horas": the rate said before its number. */
const EACH_DAY = String.raw`(?:roz|rozana|har\s+din|every\s+day|daily|each\s+day|cada\s+d[ií]a|todos\s+los\s+d[ií]as|tous\s+les\s+jours|chaque\s+jour|jeden\s+tag|t[aä]glich|todo\s+dia|todos\s+os\s+dias)`;
// "hafte mein 6 ghante" (a week, 6 hours; conv15u: the default 10 hours were planned).
const EACH_WEEK = String.raw`(?:har\s+hafte|(?:har\s+)?hafte\s+(?:mein|me|mai|main)|every\s+week|each\s+week|cada\s+semana|chaque\s+semaine|jede\s+woche|toda\s+semana)`;
/** "a week", "por semana", "par semaine", "pro Woche", "die Woche", "na semana", "/ week". */
const PER = String.raw`(?:a|per|each|every|/|in a|por|par|pro|die|na|a la|al|cada)`;

/** "8 weeks", "in 3 months" (13 weeks), "two months", "by the end of a month". */
export function extractWeeks(text: string): number | undefined {
  // "5 hours a week" is a rate, not a duration.
  const t = text
    .replace(new RegExp(String.raw`(?:\b|(?<=\d))${PER}\s*${WEEK}\b`, "gu"), " ")
    .replace(/\bweekly\b/g, " ");
  const weeks = t.match(new RegExp(`\\b${NUM}[ -]?(?:${WEEK}|w)\\b(?!\\s*(?:done|finished|completed))`, "u"));
  if (weeks && !/\bweek\s+\d/.test(weeks[0])) {
    const n = toNumber(weeks[1]);
    if (n) return Math.round(n);
  }
  const months = t.match(new RegExp(`\\b${NUM}[ -]?${MONTH}(?![\\p{L}])`, "u"));
  if (months) {
    const n = toNumber(months[1]);
    if (n) return Math.round((n * 52) / 12);
  }
  return undefined;
}

/** "5 hours a week", "10h/week", "an hour a day" (7), "2 hours daily" (14), "weekends, 6 hours". */
export function extractHoursPerWeek(t: string): number | undefined {
  const perWeek = t.match(
    new RegExp(
      `\\b${NUM}\\s*(?:-|to)?\\s*(?:\\d+\\s*)?${HOUR}\\s*(?:${PER}|/ ?)\\s*${WEEK}\\b|\\b${NUM}\\s*${HOUR}\\s*weekly\\b`,
      "u",
    ),
  );
  if (perWeek) {
    const n = toNumber(perWeek[1] ?? perWeek[2]);
    if (n) return n;
  }
  const perDay = t.match(
    new RegExp(`\\b${NUM}\\s*${HOUR}\\s*(?:${PER})?\\s*(?:${DAY}|daily)(?![\\p{L}])`, "u"),
  );
  if (perDay) {
    const n = toNumber(perDay[1]);
    const weekdaysOnly = /\bweekdays?\b/.test(t);
    if (n) return n * (weekdaysOnly ? 5 : 7);
  }
  const before = t.match(new RegExp(`\\b(${EACH_DAY}|${EACH_WEEK})\\s+${NUM}\\s*${HOUR}(?![\\p{L}])`, "u"));
  if (before) {
    const n = toNumber(before[2]);
    if (n) return new RegExp(`^${EACH_WEEK}$`, "u").test(before[1]!) ? n : n * 7;
  }
  const weekly = t.match(new RegExp(`\\bweekly\\s+budget\\s+(?:of\\s+)?${NUM}`));
  if (weekly) return toNumber(weekly[1]);
  return undefined;
}

export type Level = "beginner" | "intermediate" | "advanced" | "expert";
const LEVELS: [RegExp, Level][] = [
  [/\b(?:expert|mastery|master of|guru|pro at|professional level|very strong|fluent)\b/, "expert"],
  [/\b(?:advanced|strong|proficient|highly skilled|senior level)\b/, "advanced"],
  [
    /\b(?:intermediate|decent|comfortable|moderate|okay|ok|mid level|working knowledge|solid)\b/,
    "intermediate",
  ],
  [
    /\b(?:beginner|basic|novice|newbie|just started|starting out|entry level|a little|some exposure|familiar)\b/,
    "beginner",
  ],
];

export function extractProficiency(t: string): Level | undefined {
  for (const [pattern, level] of LEVELS) if (pattern.test(t)) return level;
  return undefined;
}

const SCORE_WORDS: [RegExp, ScoreKey][] = [
  [/\btechnical(?: skills?)?\b|\btech skills?\b|\bhard skills?\b/, "technicalSkills"],
  [/\bsoft skills?\b|\bpeople skills?\b|\bcommunication\b/, "softSkills"],
  [/\bculture(?: fit)?\b|\bcultural\b|\bvalues\b/, "cultureFit"],
  [/\bdomain(?: knowledge)?\b|\bindustry(?: knowledge)?\b/, "domainKnowledge"],
  [/\beducation\b|\bdegree\b|\bschooling\b|\bqualifications?\b/, "education"],
  [/\bexperience\b|\byears\b|\bseniority\b/, "experience"],
  [/\bsalary\b|\bpay\b|\bcompensation\b|\bmoney\b|\bwage\b/, "salary"],
  [/\blocation\b|\bremote\b|\brelocat\w*\b|\bcommute\b/, "location"],
  [/\breadiness\b|\boverall\b|\bready\b/, "readiness"],
  [/\bconfidence\b|\bconfident\b|\bsure\b|\bcertain\b/, "confidence"],
  [/\bskills?\b/, "skills"],
];

export function extractScoreKey(t: string): ScoreKey | undefined {
  for (const [pattern, key] of SCORE_WORDS) if (pattern.test(t)) return key;
  return undefined;
}

export type Status =
  | "saved"
  | "applied"
  | "phone_screen"
  | "technical_interview"
  | "final_interview"
  | "offer"
  | "accepted"
  | "rejected"
  | "withdrawn"
  | "ghosted";

const STATUS_WORDS: [RegExp, Status][] = [
  // Read before "rejected" and "offer" (declined-offer.ts).
  [DECLINED_OFFER, "withdrawn"],
  [
    /\baccepted\b|\baccept(?:ed)? (?:the|their|an|a) offer\b|\bsigned\b|\bi start\b|\bstarting at\b/,
    "accepted",
  ],
  [
    /\brejected\b|\brejection\b|\bturned me down\b|\bdeclined me\b|\bdid not get\b|\bno longer considered\b/,
    "rejected",
  ],
  [/\bghosted\b|\bnever heard back\b|\bno response\b|\bno reply\b|\bheard nothing\b/, "ghosted"],
  // "I pulled my Acme application", "took my name out of the running" (conv14u).
  [
    /\bwithdr[ae]w\b|\bwithdrawn\b|\bpulled out\b|\bbacked out\b|\bpulled (?:my|the|our) (?:\S+ ){0,2}(?:application|app|candidacy|name)\b|\btook (?:my name|myself|my application) (?:out|off)\b/,
    "withdrawn",
  ],
  [/\boffers?\b|\boffered me\b/, "offer"],
  [
    /\bfinal (?:round|interview|stage|one|call|chat)\b|\bonsite\b|\bon-site\b|\blast round\b/,
    "final_interview",
  ],
  [
    /\bphone (?:screen|call|interview)\b|\bscreening\b|\brecruiter call\b|\bhr call\b|\bphone_screen\b/,
    "phone_screen",
  ],
  [
    // "they'd call me for a second round": an interview after the first contact (conv12n).
    /\btechnical(?: interview| round)?\b|\bcoding (?:interview|test|challenge)\b|\binterview\b|\binterviewing\b|\b(?:second|2nd|next|another) (?:round|stage)\b/,
    "technical_interview",
  ],
  [/\bapplied\b|\bsubmitted\b|\bsent (?:my|an) application\b/, "applied"],
  [/\bsaved?\b|\bbookmarked\b|\binterested in\b/, "saved"],
];

export function extractStatus(t: string): Status | undefined {
  const token = t.match(
    /\b(saved|applied|phone_screen|technical_interview|final_interview|offer|accepted|rejected|withdrawn|ghosted)\b/,
  );
  if (token && /\b(?:to|as|status)\s+\w+$/.test(t.slice(0, (token.index ?? 0) + token[0].length)))
    return token[1] as Status;
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(t)) return status;
  return undefined;
}

const FILLER = /^(?:my|the|a|an|some|about|of|on|in|with|for|that|this)\s+/;

/** Trims leading fillers and trailing "to my skills", "please", punctuation. */
export function cleanPhrase(phrase: string): string {
  let p = phrase.trim().replace(/[.!?,;:]+$/g, "");
  for (let i = 0; i < 3; i++) p = p.replace(FILLER, "");
  p = p
    .replace(
      /\s+(?:to|from|in|on|off|of|into)\s+(?:my|the)\s+(?:skills?|profile|skill ?set|list|resume|cv)(?:\s+list)?\b.*$/,
      "",
    )
    // "add X and Y as skills": "as" goes with "skills" ("customer service as" was saved, trial13 F7).
    .replace(
      /\s+(?:as (?:(?:a|an|my|new|extra|more|other) )?)?(?:skills?|please|too|as well|also|now|for me|anymore|any more)$/g,
      "",
    )
    .replace(/\s+(?:skills?|please|too|as well|also|now|for me)$/g, "")
    .replace(
      /\s+(?:last|this|next) (?:week|month|year|semester)$|\s+(?:recently|at work|in college|at university|at school|on the job)$/,
      "",
    )
    .replace(/[.!?,;:]+$/g, "")
    .trim();
  return p;
}

/** Recover the person's casing for a phrase found in normalized text ("docker" -> "Docker"). */
export function originalCase(phrase: string, raw: string): string {
  const index = raw.toLowerCase().indexOf(phrase.toLowerCase());
  return index >= 0 ? raw.slice(index, index + phrase.length) : phrase;
}
