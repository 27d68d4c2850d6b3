/**
 * Whether a learned span sits in running prose: a duty in a bullet or a sentence of a
 * profile, where a title or an employer is named without being a job the person held
 * ("Built self-paced modules in Google Classroom ...", "... aiming for a financial analyst
 * role."). A job's header is a short line or a run of capitalised words with its dates; a
 * sentence around the span that has dates of its own (a wall of text that lost its line
 * breaks reads as one long sentence with every job's dates in it) is not prose here.
 */
import { BULLET_RE } from "../text/normalize.ts";
import { findDateRanges } from "./dates.ts";

/** Words outside the span written in lower case: at least this many, and at least half of them. */
const MIN_LOWER_WORDS = 4;
const MIN_LOWER_SHARE = 0.5;

/** The line of `text` that holds offset `at`. */
function lineBounds(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { start, end: end < 0 ? text.length : end };
}

/** The sentence of the line that holds [start, end): cut at ". ", "; ", "! ", "? ". */
function sentenceAround(line: string, start: number, end: number): string {
  const stop = /[.;!?](?=\s+\p{Lu}|\s*$)/gu;
  let from = 0;
  let to = line.length;
  for (const m of line.matchAll(stop)) {
    const at = m.index ?? 0;
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at + 1;
      break;
    }
  }
  return line.slice(from, to);
}

const YEAR = /\b(?:19|20)\d{2}\b/;
const hasDate = (s: string) => YEAR.test(s) || findDateRanges(s).length > 0;

/**
 * True when the span [start, end) of `text` sits in a sentence (a line, or the part of it
 * between full stops) whose other words are mostly written in lower case, with no date in it:
 * a duty or a profile's sentence, not a job's header.
 */
export function inProse(text: string, start: number, end: number): boolean {
  const bounds = lineBounds(text, start);
  const line = text.slice(bounds.start, bounds.end).replace(BULLET_RE, (m) => " ".repeat(m.length));
  const sentence = sentenceAround(line, start - bounds.start, Math.min(end, bounds.end) - bounds.start);
  if (hasDate(sentence)) return false;
  const outside = sentence.replace(text.slice(start, end), " ");
  const all = outside.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  const lower = all.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= MIN_LOWER_WORDS && lower >= MIN_LOWER_SHARE * all.length;
}
