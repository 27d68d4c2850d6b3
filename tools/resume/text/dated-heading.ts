/**
 * A heading of jobs written in title case with a job's dates right below it: "Marketing Related
 * Experience" over "Mar 2014 - current", "Customer Service Experience" over "Dec 2011 current".
 * People group their jobs under headings of their own making, and a title-case line ending in
 * "experience" that is not one of the listed headings was left inside the section above
 * (education, achievements), where no job is read: its employers were lost (training split,
 * branch resume14o). Title case alone is not enough (headings.ts kindOfExperienceHeading: job
 * and organisation lines are written that way too), so the line must stand over a date, every
 * word capitalised, name no job title ("Director of Patient Experience" is a job), and the lines down to that
 * date read as an entry's header, not as sentences.
 */
import { findDateRanges } from "../fields/dates.ts";
import { TITLE_WORDS } from "../fields/vocab.ts";
import type { SectionKind } from "../types.ts";
import { kindOfExperienceHeading } from "./headings.ts";

const JOINERS = new Set(["of", "and", "&", "in", "the", "for", "to"]);
/** How many lines below the heading may hold the first entry's date (its title or employer may come first). */
const DATE_WITHIN = 3;

export function datedExperienceHeading(line: string, below: readonly string[]): SectionKind | null {
  if (line.length > 60 || /[.;!?]$/.test(line)) return null;
  const words = line.match(/[\p{L}&]+/gu) ?? [];
  if (!words.every((w) => JOINERS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w))) return null;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return null;
  const kind = kindOfExperienceHeading(line, undefined, true);
  if (!kind) return null;
  for (const l of below.slice(0, DATE_WITHIN)) {
    // Sentences under it ("Principal Investigator. “Impact Report.” Commissioned by ...") are an
    // academic CV's list of activities, not a job's header lines.
    if (!entryLine(l)) return null;
    if (/\d/.test(l) && findDateRanges(l, { singles: true }).length > 0) return kind;
  }
  return null;
}

/** A line of an entry's header: short, no sentence ending inside it or at its end. */
const entryLine = (line: string) => line.split(/\s+/).length <= 16 && !/\p{Ll}{4,}[.!?](?:\s|$)/u.test(line);
