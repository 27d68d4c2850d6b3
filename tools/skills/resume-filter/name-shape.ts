/**
 * Whether a list item or a phrase of running text is shaped like a name (a surface form the
 * person wrote for a skill) rather than a piece of a sentence.
 */
import { statesLevel } from "../proficiency.ts";

export const MAX_ITEM_WORDS = 5;
const MAX_ITEM_CHARS = 50;

/**
 * A list item that names something, not a piece of a sentence split at "and" or a comma
 * ("Managed the photography team"): no article, pronoun or "to be", and not opened by a
 * past-tense verb.
 */
const SENTENCE_WORD = /\b(?:the|a|an|my|our|their|his|her|its|this|that|these|those|was|were|is|are|been)\b/i;
/**
 * A preposition written in lower case ties a clause together ("Built demand models in Excel",
 * "Tableau to build interactive dashboards", "GIT as Version control tool"), unless the item is a
 * title ("Ethics in Mental Health"). "of" does in five words or more ("Unique path of
 * professional development"); a shorter name may hold it ("Internet of Things").
 */
const CLAUSE_PREPOSITION = /\s(?:in|on|to|as|for|with|by|from|at|into|using|via|upon|through|within|than)\s/;
const LONG_NAME_OF = /\sof\s/;
const FUNCTION_WORD =
  /^(?:in|on|to|as|for|with|by|from|at|into|using|via|upon|through|within|than|of|and|or|&)$/;
/** "Ethics in Mental Health", "Public Relations in Nursing": a title, every other word capitalised. */
const isTitleCased = (item: string) =>
  item.split(/\s+/).every((w) => FUNCTION_WORD.test(w) || !/^\p{Ll}/u.test(w));
/** A bullet glyph standing inside an item: two items a PDF export ran together. */
const INNER_GLYPH = /\s(?:[\p{So}\p{Co}~]|(?![\p{Script=Latin}\p{Script=Common}])\p{L})\s/u;
export const isNameShaped = (item: string) =>
  isItemShaped(item) &&
  !INNER_GLYPH.test(item) &&
  !SENTENCE_WORD.test(item) &&
  !/^\p{L}+ed\b/u.test(item) &&
  !(CLAUSE_PREPOSITION.test(item) && !isTitleCased(item)) &&
  !(LONG_NAME_OF.test(item) && item.split(/\s+/).length >= 5);

/**
 * A phrase in running text that can be one name: at most three words, whole at both ends (no
 * "and", "of" or slash left by a line break: "design and", "Podcasting/").
 */
const EDGE_WORD = /^(?:and|or|of|for|in|on|with|to|at|by|from)$/i;
export function isPhraseInText(item: string): boolean {
  const words = item.split(/\s+/);
  return (
    words.length <= 3 &&
    !EDGE_WORD.test(words[0]!) &&
    !EDGE_WORD.test(words[words.length - 1]!) &&
    /[\p{L}\p{N}+#]$/u.test(item)
  );
}

/** A joining word at an item's end: a piece of a phrase the split cut ("and", "and Web Ontology Language"). */
const JOINING_EDGE = /^(?:and|or|of|for|in|on|with|to|at|by|from|&)$/;
/**
 * The same capitalised at an item's start: a line break cuts a phrase before it too ("Export" /
 * "Of Castings, ..." — the next line's first item ends the last line's phrase). Not "To", which
 * opens a statement of aim ("To perform troubleshooting"), left to the filter.
 */
const CUT_OPENING = /^(?:And|Or|Of|For|In|On|With|At|By|From)$/;

export function isItemShaped(item: string): boolean {
  if (item.length > MAX_ITEM_CHARS || item.length < 2) return false;
  const words = item.split(/\s+/);
  if (
    JOINING_EDGE.test(words[0]!) ||
    CUT_OPENING.test(words[0]!) ||
    JOINING_EDGE.test(words[words.length - 1]!)
  )
    return false;
  if (/[@=<>"?!]|https?:\/\/|www\./i.test(item)) return false;
  if (!/\p{L}/u.test(item)) return false;
  // "Expertise in analysis", "Good knowledge of": a statement about a level, not a name.
  if (statesLevel(item)) return false;
  return words.length <= MAX_ITEM_WORDS;
}
