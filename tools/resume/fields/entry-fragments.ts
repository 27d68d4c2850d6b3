/**
 * The last look at each job's title and employer: a span the labeller or the employer scorer
 * cut out of a longer line can start or end in the middle of something. These are exact
 * shapes of a cut, not judgements about names (issue 14, companies and designations on the
 * PDF path, where lines wrap inside names and notes):
 * - a bracket opened and not closed ("Freelance Developer (C++/Qt", "Retirement Group in
 *   Hopewell, NJ (since"): the value ends before it; a value that starts with a bracket or
 *   closes one it never opened ("Android) / International") is the tail of a note, not a name;
 * - an employer that starts with a joining word ("in Hospital and Health Information Systems",
 *   "AND HISTORY"): the rest of a phrase whose head was cut off;
 * - an employer that is a street address ("4 Architecture Drive"): the employer's address line;
 * - a year (with its month) glued before a title ("April 2013 Senior Software Engineer"): the
 *   date of the job, read into its title where the date column ran into the title on one line.
 * A job left with neither title nor employer is dropped.
 */
import type { ParsedExperience } from "../types.ts";

const OPENERS = "([{";
const CLOSERS = ")]}";

/**
 * The value up to its first bracket left open, or undefined when it closes one it never opened
 * or starts with a bracket (what is left is a note's tail).
 */
function bracketsClosed(value: string): string | undefined {
  if (OPENERS.includes(value[0]!) || CLOSERS.includes(value[0]!)) return undefined;
  const open: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (OPENERS.includes(c)) open.push(i);
    else if (CLOSERS.includes(c)) {
      if (open.length === 0) return undefined;
      open.pop();
    }
  }
  if (open.length === 0) return value;
  const kept = value.slice(0, open[0]).replace(/[\s,;:–—-]+$/, "");
  return /\p{L}.*\p{L}/u.test(kept) ? kept : undefined;
}

/**
 * A name's head cut off: a lower-case joining word first, or "AND"/"OF" first in a value set
 * all in capitals ("AND HISTORY" from "DEPARTMENT OF ART AND HISTORY"; "AND Digital" is a name).
 */
const CUT_HEAD = /^(?:in|of|and|for|at|to|with|&)\s/;
const CUT_HEAD_CAPITALS = /^(?:AND|OF)\s[^\p{Ll}]+$/u;

/** "4 Architecture Drive", "1200 N. Main Street": a number, up to three words, a street word. */
const STREET =
  /^\d{1,5}\s+(?:[\p{L}.'-]+\s+){1,3}(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Parkway|Pkwy|Place|Pl)\.?$/iu;

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** A year, with a month before it or not, then the title's first capitalised word. */
const LEADING_DATE = new RegExp(`^(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\s*[,:–—-]?\\s+(?=\\p{Lu})`, "iu");

export function cleanTitle(title: string): string | undefined {
  const dateless = title.replace(LEADING_DATE, "");
  return bracketsClosed(dateless.trim());
}

export function cleanEmployer(company: string): string | undefined {
  const closed = bracketsClosed(company.trim());
  if (!closed || CUT_HEAD.test(closed) || CUT_HEAD_CAPITALS.test(closed) || STREET.test(closed))
    return undefined;
  return closed;
}

/**
 * Cleans each job's title and employer of cut-off shapes, in place (the rule-read jobs' entries
 * are the same objects the skills are tied to later); jobs left with neither are dropped.
 */
export function withoutEntryFragments<T extends ParsedExperience>(experience: T[]): T[] {
  for (const job of experience) {
    if (job.title !== undefined) {
      const title = cleanTitle(job.title);
      if (title) job.title = title;
      else delete job.title;
    }
    if (job.company !== undefined) {
      const company = cleanEmployer(job.company);
      if (company) job.company = company;
      else delete job.company;
    }
  }
  return experience.filter((job) => job.title || job.company);
}
