/**
 * "next friday" as people mean it (trial19 §13): said on a Monday, the Friday four days on, not
 * the Friday of the week after (chrono reads "next <weekday>" as the weekday of next week, so
 * "remind me to follow up next friday" on Mon Dec 7 fell on Dec 18, and "next sunday" on a
 * Monday was 13 days away). The same word in the chat's other languages ("el próximo viernes",
 * "vendredi prochain", "nächsten Freitag", "na próxima sexta", "agle friday") means the same.
 *
 * The rule: the first such weekday after today, unless that one is tomorrow or the day after in
 * the same week (Monday to Sunday) — then "next" points past it, at the one a week later (on a
 * Thursday nobody says "next friday" for tomorrow; on a Saturday "next monday" is in two days). "this friday", "friday" and "kommenden Freitag" stay chrono's (the coming one).
 */

/** The word for "next" before or after a weekday, in the chat's languages. */
const NEXT =
  /(?<![\p{L}])(?:next|pr[oó]xim[oa]|prochaine?|n[aä]chste[nrs]?|naechste[nrs]?|agle|agla|agli)(?![\p{L}])/iu;

/** Days ahead below which the first such weekday is too near to be the "next" one. */
const TOO_NEAR = 2;

/**
 * The calendar day "next <weekday>" means, from today's day of the week (0 Sunday … 6 Saturday)
 * and the weekday said: how many days from today.
 */
export function daysToNextWeekday(todayWeekday: number, weekday: number): number {
  const coming = (weekday - todayWeekday + 7) % 7 || 7;
  // Across a weekend the near one is next week's already: "next monday" said on a Saturday is in two days.
  const sameWeek = ((todayWeekday + 6) % 7) + coming <= 6;
  return coming <= TOO_NEAR && sameWeek ? coming + 7 : coming;
}

/** Whether the words read as a weekday say "next" with it. */
export const saysNextWeekday = (words: string): boolean => NEXT.test(words);
