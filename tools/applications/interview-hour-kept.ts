/**
 * An interview moved to another day with no hour said keeps its hour: "kaiser moved it to
 * friday same time", "oops, it's dec 10 not dec 9". Read alone, the new day was 09:00 (the
 * first slot guessed when no hour is known), so the interview and its reminder moved to the
 * wrong hour (new-user trial 2026-12-06, finding 5).
 */
import type { ApplicationRecord } from "../../data/repositories/application-records.ts";
import { type ApplicationsContext, nowOf } from "./context.ts";
import { calendarDay, parseFutureInstant, saysHour, zonedInstant } from "./dates.ts";

/** "same time", "same hour", and the same in the chat's other languages: said of the hour kept. */
const SAME_TIME =
  /(?:,?\s*(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)|\s*(?:a\s+la\s+)?misma\s+hora|\s*(?:à\s+la\s+)?même\s+heure|\s*(?:zur\s+)?(?:gleichen|selben)\s+(?:zeit|uhrzeit)|\s*(?:no\s+)?mesmo\s+hor[áa]rio|\s*(?:na\s+)?mesma\s+hora)\b/giu;

/** The hour and minute of an instant on the wall clock of a zone. */
function wallClock(instant: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: part("hour"), minute: part("minute") };
}

/**
 * The new interview time: the day said at the hour the interview had, when the words name a
 * day and no hour and there was an interview time; otherwise the words as said.
 */
export function withHourKept(
  ctx: ApplicationsContext,
  current: ApplicationRecord,
  when: string | Date,
): string | Date {
  if (typeof when !== "string") return when;
  const said = when.replace(SAME_TIME, "").trim() || when;
  if (!current.interviewAt || saysHour(said)) return said;
  const timeZone = ctx.timeZone ?? "UTC";
  const now = nowOf(ctx);
  const day = calendarDay(parseFutureInstant(said, { now, timeZone }), timeZone);
  const { hour, minute } = wallClock(current.interviewAt, timeZone);
  const kept = zonedInstant(day, hour, timeZone, minute);
  return kept.getTime() > now.getTime() ? kept : said;
}
