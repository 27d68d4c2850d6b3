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
 *   date of the job, read into its title where the date column ran into the title on one line;
 * - an employer that is wholly a field of work ("Urology" beside "Medical Assistant"): the
 *   specialty or department, not the organisation (employer-skill-value.ts).
 * A job left with neither title nor employer by this cleaning is dropped.
 */
import type { ParsedExperience } from "../types.ts";
import { namesSkillNotEmployer } from "./employer-skill-value.ts";

const OPENERS = "([{";
const CLOSERS = ")]}";

/** Where each closer is left unmatched and each opener left open, in order. */
function unmatched(value: string): { closers: number[]; openers: number[] } {
  const closers: number[] = [];
  const openers: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (OPENERS.includes(c)) openers.push(i);
    else if (CLOSERS.includes(c)) {
      if (openers.length === 0) closers.push(i);
      else openers.pop();
    }
  }
  return { closers, openers };
}

const hasTwoLetters = (s: string) => /\p{L}.*\p{L}/u.test(s);

/**
 * The value with its brackets closed: a value wrapped whole in one pair is unwrapped ("[Research
 * Assistant]"); after a closer it never opened, the value starts after it when a word follows
 * ("CATERPILLAR] SAP Analyst"), else it is a note's tail ("Android) / International", undefined);
 * an opener never closed is dropped when it leads ("(Partner Operations Manager (APAC)") and ends
 * the value where it stands ("Freelance Developer (C++/Qt").
 */
function bracketsClosed(value: string): string | undefined {
  let v = value.trim();
  const wrapped = /^[([{](.*)[)\]}]$/.exec(v);
  if (wrapped && unmatched(wrapped[1]!).closers.length === 0 && unmatched(wrapped[1]!).openers.length === 0)
    v = wrapped[1]!.trim();
  const { closers } = unmatched(v);
  if (closers.length > 0) {
    const after = v.slice(closers.at(-1)! + 1);
    if (!/^\s*\p{L}/u.test(after)) return undefined;
    v = after.trim();
  }
  let { openers } = unmatched(v);
  if (openers[0] === 0) {
    v = v.slice(1).trim();
    openers = unmatched(v).openers;
  }
  if (openers.length > 0) v = v.slice(0, openers[0]).replace(/[\s,;:–—-]+$/, "");
  // What the cut left must still be words ("3M" untouched is a name; a cut down to "(" is not).
  return v === value.trim() || hasTwoLetters(v) ? v : undefined;
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
  if (namesSkillNotEmployer(closed)) return undefined;
  return closed;
}

/**
 * Cleans each job's title and employer of cut-off shapes, in place (the rule-read jobs' entries
 * are the same objects the skills are tied to later). A job that had a title or an employer and
 * is left with neither (nor positions held within it) is dropped; a job that named neither to
 * begin with (dates and positions only) is kept as it was.
 */
export function withoutEntryFragments<T extends ParsedExperience>(experience: T[]): T[] {
  const named = experience.map((job) => Boolean(job.title || job.company));
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
  return experience.filter((job, i) => job.title || job.company || job.positions?.length || !named[i]);
}
