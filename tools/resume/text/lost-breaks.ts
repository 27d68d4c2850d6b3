/**
 * Where a one-paragraph resume's double spaces are lost line breaks, and where they are not.
 * The breaks that were lost include the ones a long line made when it wrapped: inside a
 * sentence ("ten years of  experience"), a list ("Swing,  JavaScript, SQL") or a name
 * ("Power  Point"). Those pieces are one line again; every other double space is a break.
 */
import { BULLET_START_RE } from "./bullets.ts";
import { matchHeading } from "./headings.ts";

/** Whether a known name (a skill, a product) is written across the end of `left` and the start of `right`. */
export type KnownNameAcross = (left: string, right: string) => boolean;

/** Words that never end a line of their own: the line went on after them. */
const JOINING_WORD = /^(?:of|and|&|in|for|the|to|at|with|on|or|a|an|by|from|as|into|including|such)$/i;
/** A line does not start with these in lower case: it is the rest of the one before. */
const CONTINUING_START = /^(?:of|and|&|in|for|the|to|at|with|on|or|by|from|as|into|including|such as)\b/;
const LOWER_WORD = /^[a-z][a-z'-]*$/;

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

/** Whether `right` goes on the line `left` started (both trimmed, not empty). */
export function continuesLine(left: string, right: string, knownNameAcross?: KnownNameAcross): boolean {
  // A heading stands alone, and a bullet starts an item, whatever the words around them.
  if (matchHeading(left) || matchHeading(right) || BULLET_START_RE.test(right)) return false;
  const end = lastWord(left);
  const start = right.split(" ", 1)[0]!;
  if (JOINING_WORD.test(end)) return true;
  if (/[A-Za-z)]$/.test(left) && CONTINUING_START.test(right)) return true;
  // A list wrapped: an item after a comma, when the line before already is a list.
  if (left.endsWith(",") && left.indexOf(",") < left.length - 1 && /^[A-Za-z]/.test(right)) return true;
  // A sentence wrapped between two lower-case words ("online  social networking").
  if (LOWER_WORD.test(end) && LOWER_WORD.test(start.replace(/[,.;]$/, ""))) return true;
  return knownNameAcross?.(left, right) ?? false;
}

/** A line of a flattened resume cut at its lost breaks (runs of 2+ spaces), wrapped pieces kept together. */
export function splitAtLostBreaks(line: string, knownNameAcross?: KnownNameAcross): string[] {
  const parts = line.split(/( {2,})/);
  const out: string[] = [];
  let current = parts[0]!.trim();
  for (let i = 1; i < parts.length; i += 2) {
    const next = parts[i + 1]!.trim();
    // Only a run of exactly two spaces can be a wrap; wider runs were laid out on purpose.
    if (current && next && parts[i]!.length === 2 && continuesLine(current, next, knownNameAcross))
      current = `${current} ${next}`;
    else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
  return out;
}
