/**
 * "Achievements" inside a job: many resumes write each job as title, dates, "Responsibilities"
 * and "Achievements" with the job's own lists under them. Read as the awards heading, it ended
 * the experience section there, and every job below it was read as an award: its employer was
 * lost (training split, branch resume14o: a job's "Achievements:" four times in one history).
 * Inside an experience section, an achievements heading not written in capitals is the job's
 * sub-heading when a later job follows before the next heading: a line with a date range that
 * is no bullet of a list ("• Honor Roll: 2002 - 2006" under a real awards heading is one).
 */
import { findDateRanges } from "../fields/dates.ts";
import { headingKey, matchHeading } from "./headings.ts";

const JOB_PARTS = new Set([
  "achievements",
  "accomplishments",
  "key achievements",
  "key accomplishments",
  "major achievements",
  "responsibilities and achievements",
]);
/** A job's part with a word of the person's own before it ("Select Achievements", "Significant Accomplishments"). */
const isJobPart = (key: string) =>
  JOB_PARTS.has(key) || /^\p{L}+ (?:achievements|accomplishments)$/u.test(key);
/** A job's other sub-headings, passed over while looking for the next job. */
const JOB_LISTS = new Set([
  "responsibilities",
  "key responsibilities",
  "duties",
  "main duties",
  "responsibilities and duties",
]);
/** How far below to look for the next job (a job's lists are rarely longer). */
const LOOK_AHEAD = 40;

export function isJobSubheading(line: string, below: readonly string[]): boolean {
  if (line === line.toUpperCase() || !isJobPart(headingKey(line))) return false;
  for (const l of below.slice(0, LOOK_AHEAD)) {
    const trimmed = l.trim();
    const key = headingKey(trimmed);
    if (isJobPart(key) || JOB_LISTS.has(key)) continue;
    if (matchHeading(trimmed.replace(/^[•\-*#>\s]+/, ""))) return false;
    if (/^[•\-*▪◦●·➢✓]/u.test(trimmed) || !/\d/.test(trimmed)) continue;
    if (findDateRanges(trimmed).length > 0) return true;
  }
  return false;
}
