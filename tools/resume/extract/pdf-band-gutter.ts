/**
 * A two-column band on a page that is mostly one column: a full-width profile and education,
 * then a side column of skills beside the jobs, then full-width text again. The page-wide test
 * (pdf-layout.ts findGutter) needs a quarter of the page's lines to hold both columns and few
 * lines across the gutter, so it found none, and each row was read as one line: "KEY SKILLS
 * Harbourline Freight" (resume14x's note). Here a gutter is read off one band alone: at least
 * BAND_MIN_ROWS lines in a row that no line crosses, most of them with text on both sides, where
 * each side starts at one x (two columns of left-aligned text; a tab stop of dates, a right-
 * aligned date or a "Label:  value" table is not that).
 */
import type { VisualLine } from "./pdf-layout.ts";

const BAND_MIN_ROWS = 3;
/** The narrowest gutter, in ems of the right column's type (a double space is about half an em). */
const GUTTER_EM = 2;
/** Two columns' lines start at the same x within this many points. */
const ALIGN_SLACK = 3;
/** A date, a year range or a place alone is a job line's aside, not a column's text. */
const ASIDE_RE =
  /^(?:(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}\s*(?:[-–—]|to)?\s*(?:(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}|present|current|now)?|\p{Lu}[\p{L} .]+,\s*\p{Lu}{2})$/iu;

const crosses = (l: VisualLine, x: number) => l.items.some((i) => i.x < x - 2 && i.x + i.width > x + 2);
const leftItems = (l: VisualLine, x: number) => l.items.filter((i) => i.x + i.width <= x + 2);
const rightItems = (l: VisualLine, x: number) => l.items.filter((i) => i.x + i.width > x + 2);
const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

/** Whether the lines `band` (none crossing `x`) read as two columns of text split at `x`. */
function twoColumns(band: VisualLine[], x: number): boolean {
  const both = band.filter((l) => leftItems(l, x).length > 0 && rightItems(l, x).length > 0);
  if (both.length < BAND_MIN_ROWS || both.length < band.length * 0.5) return false;
  // A gutter is blank space wider than the gaps a line's own words or fields leave.
  const gutterWide = (l: VisualLine) => {
    const leftEnd = Math.max(...leftItems(l, x).map((i) => i.x + i.width));
    const first = rightItems(l, x)[0]!;
    return first.x - leftEnd >= first.size * GUTTER_EM;
  };
  if (!both.every(gutterWide)) return false;
  const lefts = both.map((l) => leftItems(l, x)[0]!);
  const rights = both.map((l) => rightItems(l, x)[0]!);
  if (spread(lefts.map((i) => i.x)) > ALIGN_SLACK || spread(rights.map((i) => i.x)) > ALIGN_SLACK)
    return false;
  return !fieldRows(band, x);
}

/**
 * The band's rows from its first line with text on both sides to its last: a short full-width
 * line just above or below (a heading, a paragraph's last words) crosses no gutter but is no
 * column's line.
 */
function columnRows(band: VisualLine[], x: number): VisualLine[] {
  const two = (l: VisualLine) => leftItems(l, x).length > 0 && rightItems(l, x).length > 0;
  const first = band.findIndex(two);
  const last = band.findLastIndex(two);
  return band.slice(first, last + 1);
}

/**
 * Whether the lines with text on both sides of `x` are rows of one column with a second field
 * at a tab stop: mostly a date or a place on the right ("Harbourline Freight      2013 - 2016"),
 * or a label on the left ("Nationality:      Dutch"). Split at `x`, each row's fields part.
 */
export function fieldRows(lines: VisualLine[], x: number): boolean {
  const both = lines.filter((l) => leftItems(l, x).length > 0 && rightItems(l, x).length > 0);
  if (both.length === 0) return false;
  const labels = both.filter((l) => /:\s*$/.test(leftItems(l, x).at(-1)!.text)).length;
  const asides = both.filter((l) => ASIDE_RE.test(rightItems(l, x)[0]!.text.trim())).length;
  return labels * 2 >= both.length || asides * 2 >= both.length;
}

/** The gutter of the first two-column band on the page and the band's lines, or undefined. */
export function bandGutter(
  lines: VisualLine[],
  pageWidth: number,
): { x: number; lines: ReadonlySet<VisualLine> } | undefined {
  for (let x = pageWidth * 0.2; x <= pageWidth * 0.75; x += 4) {
    let band: VisualLine[] = [];
    for (const line of [...lines, undefined]) {
      if (line && !crosses(line, x)) {
        band.push(line);
        continue;
      }
      if (band.length >= BAND_MIN_ROWS && twoColumns(band, x))
        return { x, lines: new Set(columnRows(band, x)) };
      band = [];
    }
  }
  return undefined;
}
