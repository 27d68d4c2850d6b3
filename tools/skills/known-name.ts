/**
 * Known skill and product names where other readers of a resume need to tell them apart from
 * other words. Whether a known name is written across a lost line break: "Excel, Power" | "Point, Outlook"
 * holds Microsoft PowerPoint across the break, so the break was where a long line wrapped,
 * not where a new line began. The resume text normaliser asks this before it cuts a
 * one-paragraph resume at its double spaces.
 */
import { getTaxonomy, type Taxonomy } from "../../data/taxonomy/index.ts";
import { findCandidates, tokensOf } from "./matcher.ts";

/** Words on each side that a name across the break may take (the taxonomy's names are short). */
const SIDE_WORDS = 3;

export function knownNameAcross(left: string, right: string, taxonomy: Taxonomy = getTaxonomy()): boolean {
  const tail = left.split(" ").slice(-SIDE_WORDS).join(" ");
  const head = right.split(" ").slice(0, SIDE_WORDS).join(" ");
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
