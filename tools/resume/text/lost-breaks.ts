/**
 * Where a one-paragraph resume's double spaces are lost line breaks, and where they are not.
 * The breaks that were lost include the ones a long line made when it wrapped, and a wrap
 * may fall inside a name ("Excel, Power  Point, Outlook"; "Visual  Studio .NET"). A known
 * name across the gap keeps its pieces on one line; every other double space is a break.
 *
 * Wraps inside sentences ("ten years of  experience") are left as breaks on purpose: joining
 * them too (after "of"/"and"/a comma, before a lower-case word) was measured on the training
 * split's PDFs at skills recall 0.720 and list precision 0.695, against 0.723 / 0.700 with names
 * alone, because the skill filter and the field labeller learned their features on the pieces
 * as they are cut today. Join them together with a retrain of both.
 */
import { findDateRanges } from "../fields/dates.ts";
import { BULLET_START_RE } from "./bullets.ts";
import { matchHeading } from "./headings.ts";

/** Whether a known name (a skill, a product) is written across the end of `left` and the start of `right`. */
export type KnownNameAcross = (left: string, right: string) => boolean;

/** Whether `right` goes on the line `left` started (both trimmed, not empty). */
export function continuesLine(left: string, right: string, knownNameAcross?: KnownNameAcross): boolean {
  if (!knownNameAcross?.(left, right)) return false;
  // A heading stands alone, and a bullet starts an item, whatever the words around them.
  return !matchHeading(left) && !matchHeading(right) && !BULLET_START_RE.test(right);
}

/**
 * A date range written across the gap: "2006  Present: Circulation Director", "Dec 2011  current",
 * "1996   1998  Therapist, ...". Exported resumes lose the dash between a range's ends (a
 * non-ASCII character dropped), leaving spaces; cut there, the job line kept neither end, its
 * dates were lost and its title read "Present: Circulation Director". Only a range that moves
 * forward: "2016  2015  2014" or "2013  2013" is a list of years (awards, courses), not a range.
 */
export function rangeAcross(left: string, right: string): boolean {
  if (!/\d$/.test(left)) return false;
  const joined = `${left} ${right}`;
  return findDateRanges(joined).some(
    (r) =>
      r.index < left.length &&
      r.index + r.length > left.length + 1 &&
      (r.current || (r.start !== undefined && r.end !== undefined && r.start < r.end)),
  );
}

/** A line of a flattened resume cut at its lost breaks (runs of 2+ spaces), wrapped names kept whole. */
export function splitAtLostBreaks(line: string, knownNameAcross?: KnownNameAcross): string[] {
  const parts = line.split(/( {2,})/);
  const out: string[] = [];
  let current = parts[0]!.trim();
  for (let i = 1; i < parts.length; i += 2) {
    const next = parts[i + 1]!.trim();
    // Only a run of exactly two spaces can be a wrap; wider runs were laid out on purpose. A
    // lost dash leaves two to four spaces between a range's ends.
    const joins =
      current &&
      next &&
      ((parts[i]!.length === 2 && continuesLine(current, next, knownNameAcross)) ||
        (parts[i]!.length <= 4 && rangeAcross(current, next)));
    if (joins) current = `${current} ${next}`;
    else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
  return out;
}
