/**
 * Known skill and product names where other readers of a resume need to tell them apart from
 * other words. Whether a known name is written across a lost line break: "Excel, Power" | "Point, Outlook"
 * holds Microsoft PowerPoint across the break, so the break was where a long line wrapped,
 * not where a new line began. The resume text normaliser asks this before it cuts a
 * one-paragraph resume at its double spaces.
 */
import { getTaxonomy, type Taxonomy } from "../../data/taxonomy/index.ts";
import { tokenize } from "../../data/taxonomy/normalize.ts";
import { findCandidates, tokensOf } from "./matcher.ts";

/** Words on each side that a name across the break may take (the taxonomy's names are short). */
const SIDE_WORDS = 3;

/**
 * Whether some known multi-word spelling holds the last words of `tail` and then `nextKey` (the
 * first word after the break), built as the matcher grows a window: glued pieces join their keys,
 * a space starts a new word. Nearly every break fails here, before the matcher runs: the
 * normaliser asks at each of the ~90 double spaces of a one-paragraph resume.
 */
function nameMayContinue(tail: string, nextKey: string, taxonomy: Taxonomy): boolean {
  const tokens = tokenize(tail);
  for (let i = Math.max(0, tokens.length - SIDE_WORDS); i < tokens.length; i++) {
    let spaced = tokens[i]!.key;
    for (let j = i + 1; j < tokens.length; j++)
      spaced += (tail.slice(tokens[j - 1]!.end, tokens[j]!.start).trim() ? "" : " ") + tokens[j]!.key;
    const across = `${spaced} ${nextKey}`;
    if (
      taxonomy.isPhrasePrefix(across) ||
      taxonomy.isPhrase(across) ||
      taxonomy.isPhrase(`${across}s`) ||
      (across.endsWith("s") && taxonomy.isPhrase(across.slice(0, -1)))
    )
      return true;
  }
  return false;
}

/** Where the last `n` space-separated words of `text` start (no split of a long line). */
function wordsFromEnd(text: string, n: number): number {
  let at = text.length;
  for (let k = 0; k < n && at > 0; k++) at = text.lastIndexOf(" ", at - 1);
  return at < 0 ? 0 : at + 1;
}

/** Where the first `n` space-separated words of `text` end. */
function wordsToEnd(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(" ", at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

export function knownNameAcross(left: string, right: string, taxonomy: Taxonomy = getTaxonomy()): boolean {
  const tail = left.slice(wordsFromEnd(left, SIDE_WORDS));
  const head = right.slice(0, wordsToEnd(right, SIDE_WORDS));
  const nextKey = tokenize(head.slice(0, wordsToEnd(head, 1)))[0]?.key;
  if (!nextKey || !nameMayContinue(tail, nextKey, taxonomy)) return false;
  // Two spaces, as written: the matcher reads a name over a gap of one or two spaces.
  const text = `${tail}  ${head}`;
  const breakAt = tail.length;
  return findCandidates(taxonomy, text, tokensOf(text)).some(
    (c) => c.start < breakAt && c.end > breakAt + 2 && !c.ambiguous,
  );
}

/** Whether the whole text is one known skill or product name ("Active Directory"), not a word that may be one. */
export function isKnownName(text: string, taxonomy: Taxonomy = getTaxonomy()): boolean {
  const trimmed = text.trim();
  return findCandidates(taxonomy, trimmed, tokensOf(trimmed)).some(
    (c) => c.start === 0 && c.end === trimmed.length && !c.ambiguous,
  );
}
