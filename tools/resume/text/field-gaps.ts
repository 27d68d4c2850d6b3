/**
 * Fields a line lays out with a run of three or more spaces or a tab ("Account Executive    Vantage HR Cloud,
 * Boulder, CO", "Data Analyst<TAB>2019 - 2021"): a writer who types several spaces or a tab
 * between two fields, or a PDF that leaves a wide gap between them, means two fields. Joined by
 * one space the title ran into the employer ("Account Executive Vantage HR Cloud", no employer).
 * Such a line is cut there, as a one-paragraph resume is cut at its lost breaks
 * (lost-breaks.ts: a known name or a date range across the gap still stays whole), so every
 * reader meets the fields on lines of their own, as the labeller learned them.
 *
 * Two spaces after a sentence's last word ("Grew revenue by 20%.  Hired four") are a typing
 * habit, not a layout: such a gap is read as one space.
 */
import { type KnownNameAcross, splitAtLostBreaks } from "./lost-breaks.ts";

/** A line this long is prose or a wall of text, which the flattened-text path reads. */
const MAX_FIELD_LINE = 200;
/**
 * A run of three or more spaces between two fields (a tab is written as three). Two are not
 * enough: exports put two after a separator as a habit ("SAP ABAP -  Kolkata, West Bengal -").
 */
const GAP_RE = /\S {3,}\S/;
/** A sentence's last word and its stop before the gap: lower case ("revenue.", "skills!"). */
const SENTENCE_END_RE = /(?:^|\s)\p{Ll}{3,}[.!?]$|[%)]\.$/u;

/** `line` cut at the gaps that separate its fields; the line itself when it has none. */
export function splitFieldGaps(line: string, knownNameAcross?: KnownNameAcross): string[] {
  if (line.length > MAX_FIELD_LINE || !GAP_RE.test(line)) return [line];
  // Sentence-spacing gaps first become one space, so only layout gaps are left to cut at.
  const laidOut = line
    .replace(/(?<! ) {2}(?! )/g, " ")
    .replace(/(\S+) {3,}(?=\S)/g, (m, word: string) => (SENTENCE_END_RE.test(word) ? `${word} ` : m));
  if (!GAP_RE.test(laidOut)) return [line];
  return splitAtLostBreaks(laidOut.trim(), knownNameAcross);
}
