/**
 * Years of experience from date ranges. Overlapping jobs count once (two part-time jobs
 * in 2019 are one year of experience, not two), open ranges run to `now`.
 */
import type { PartialDate } from "../../../contract/profile.ts";
import { currentMonth, monthIndex } from "./dates.ts";

export interface Span {
  start?: PartialDate;
  end?: PartialDate;
  current?: boolean;
}

/** Merged month intervals [from, to] inclusive. */
function mergedIntervals(spans: Span[], now: Date): [number, number][] {
  const nowIndex = monthIndex(currentMonth(now), "end");
  const intervals: [number, number][] = [];
  for (const s of spans) {
    if (!s.start) continue;
    const from = monthIndex(s.start, "start");
    const endDate = s.current || !s.end ? undefined : s.end;
    // A single year without an end ("2016") is at most that year, not a year to now.
    const to = endDate ? monthIndex(endDate, "end") : s.current ? nowIndex : monthIndex(s.start, "end");
    const clippedTo = Math.min(to, nowIndex);
    if (clippedTo >= from) intervals.push([from, clippedTo]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1] + 1) last[1] = Math.max(last[1], iv[1]);
    else merged.push([...iv]);
  }
  return merged;
}

/** Total years (one decimal) covered by the spans, overlaps merged. */
export function yearsCovered(spans: Span[], now: Date): number {
  const months = mergedIntervals(spans, now).reduce((sum, [a, b]) => sum + (b - a + 1), 0);
  return Math.round((months / 12) * 10) / 10;
}

/** The latest month any span reaches, as a partial date. */
export function lastDate(spans: Span[], now: Date): PartialDate | undefined {
  const merged = mergedIntervals(spans, now);
  if (merged.length === 0) return undefined;
  const last = merged[merged.length - 1][1];
  return `${Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, "0")}`;
}
