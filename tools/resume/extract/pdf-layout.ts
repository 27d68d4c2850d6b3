/**
 * Positioned PDF text items -> reading-order lines. Items are grouped into visual lines
 * by their baseline; a vertical gutter that no line crosses marks a two-column layout,
 * whose left column is read before its right one (band by band, so a full-width header
 * or footer stays where it is). Content-stream order is not trusted: generators often
 * write two-column pages row by row, which interleaves the columns.
 */
import { bandGutter, fieldRows } from "./pdf-band-gutter.ts";

export interface TextItem {
  text: string;
  x: number;
  /** Baseline, in PDF space (grows upward). */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** pdfjs's font id: a change of font (a bold heading) never continues a wrapped line. */
  font?: string;
}

export interface VisualLine {
  y: number;
  items: TextItem[];
}

export interface PageLayout {
  lines: string[];
  columns: number;
  /** Text drawn too small to read (under 3 pt): kept out of the resume text. */
  hidden: string[];
  /** A paragraph ran past MAX_JOINED: the page is a wall of text (a resume pasted as one line). */
  wall: boolean;
}

export interface LayoutOptions {
  /**
   * The items carry the spaces the page draws (pdf-spacing.ts): a wall of text then keeps
   * its field separators, so it is rejoined whole, as the one line it was written as.
   */
  spaced?: boolean;
}

const MIN_VISIBLE_SIZE = 3;
/** pdfjs folds gaps up to about 0.6 em into one item; a wider gap is a deliberate separation. */
const WIDE_GAP_EM = 0.7;
/** How a gap between two fields is written: three spaces (text/field-gaps.ts). */
const FIELD_GAP = "   ";
/** Longest logical line rebuilt from wrapped visual lines (a long bullet or paragraph). */
const MAX_JOINED = 400;

function groupLines(items: TextItem[]): VisualLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= Math.max(2, item.size * 0.4)) last.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * One visual line's items as text. `gapMark` is what a wide gap between two items is written as:
 * FIELD_GAP, or on a wall of text read with its drawn spaces the double space its lost breaks
 * are written with (a run of spaces typed between fields is such a gap too: pdfjs gives it as a
 * blank item, left out of `items`).
 */
function joinItems(items: TextItem[], gapMark = FIELD_GAP): string {
  let out = "";
  let prevEnd: number | undefined;
  for (const it of items) {
    if (prevEnd !== undefined) {
      const gap = it.x - prevEnd;
      // A gap wider than a space or two separates fields ("Engineer      2019 - 2021"); it is
      // kept as three spaces, the mark the text normaliser cuts a line at (text/field-gaps.ts).
      if (gap > it.size * WIDE_GAP_EM) out += gapMark;
      else if (gap > it.size * 0.15 && !out.endsWith(" ") && !it.text.startsWith(" ")) out += " ";
    }
    out += it.text;
    prevEnd = it.x + it.width;
  }
  return out.replace(/\s+$/, "");
}

const leftOf = (l: VisualLine) => l.items[0]!.x;
const rightOf = (l: VisualLine) => Math.max(...l.items.map((i) => i.x + i.width));
const sizeOf = (l: VisualLine) => Math.max(...l.items.map((i) => i.size));

/** Width of the first word of a line, estimated from its item's width per character. */
function firstWordWidth(l: VisualLine): number {
  const first = l.items[0]!;
  const word = first.text.trimStart().split(/\s+/)[0] ?? "";
  return first.text.length > 0 ? (first.width * word.length) / first.text.length : 0;
}

/**
 * Whether `next` continues `prev` as the same wrapped paragraph line: the writer's program
 * broke the line because the next word would not fit before `limit` (the right margin or
 * the column's edge). Same size and font, the ordinary line spacing (a blank line or a
 * section gap is a real break), starting under the paragraph, not with a bullet.
 */
function isWrap(prev: VisualLine, next: VisualLine, limit: number): boolean {
  const size = sizeOf(prev);
  if (Math.abs(size - sizeOf(next)) > 0.5) return false;
  const lastFont = prev.items[prev.items.length - 1]!.font;
  if (lastFont !== undefined && next.items[0]!.font !== lastFont) return false;
  const gap = prev.y - next.y;
  if (gap < size * 0.9 || gap > size * 1.6) return false;
  if (Math.abs(leftOf(next) - leftOf(prev)) > size * 2) return false;
  if (/^[•▪●■◆◦○►▶➢➤✓✔❖\-*–]/.test(next.items[0]!.text.trimStart())) return false;
  // Writers count the spaces after a word, and widths per character are estimates: an em of slack.
  return rightOf(prev) + size * 0.25 + firstWordWidth(next) > limit - size;
}

/**
 * Where a one-column page wraps: margins are taken as even (the right one mirrors the
 * leftmost text). Text running past that says they are not, and then nothing is rejoined:
 * the longest line of a page always looks full, so the margin cannot be read off the text.
 */
function wrapMargin(lines: VisualLine[], pageWidth: number): number | undefined {
  if (lines.length === 0) return undefined;
  const margin = pageWidth - Math.min(...lines.map(leftOf));
  return lines.some((l) => rightOf(l) > margin + sizeOf(l)) ? undefined : margin;
}

/**
 * Visual lines of one flow -> logical lines, lines wrapped before `limit` rejoined. Columns
 * are not rejoined (no limit): their edge is not known well enough to tell a wrap.
 */
function joinWrapped(
  lines: VisualLine[],
  limit?: number,
  maxJoined = MAX_JOINED,
): { lines: string[]; wall: boolean } {
  const out: string[] = [];
  let wall = false;
  // A wall read with its drawn spaces (no joining limit) keeps the lost-break mark for its gaps.
  const gapMark = maxJoined === Infinity ? "  " : FIELD_GAP;
  for (let i = 0; i < lines.length; i++) {
    const text = joinItems(lines[i]!.items, gapMark);
    const last = out[out.length - 1];
    // A wall of text (a resume pasted as one paragraph) has no lines to restore: past a
    // paragraph's length its visual lines are kept, as breaks the field readers can use.
    const wrap = limit !== undefined && last !== undefined && isWrap(lines[i - 1]!, lines[i]!, limit);
    if (wrap && last.length + text.length < maxJoined) out[out.length - 1] = `${last} ${text}`;
    else out.push(text);
    if (wrap && last.length + text.length >= maxJoined) wall = true;
  }
  return { lines: out, wall };
}

/** The x of a gutter between two columns, or undefined for a one-column page. */
function findGutter(lines: VisualLine[], pageWidth: number): number | undefined {
  const items = lines.flatMap((l) => l.items).filter((i) => i.text.trim());
  if (items.length < 8) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = pageWidth * 0.25; x <= pageWidth * 0.75; x += 4) {
    const crossing = lines.filter((l) => l.items.some((i) => i.x < x - 2 && i.x + i.width > x + 2)).length;
    const left = items.filter((i) => i.x + i.width <= x).length;
    const right = items.filter((i) => i.x >= x).length;
    if (left < items.length * 0.15 || right < items.length * 0.15) continue;
    const both = lines.filter(
      (l) => l.items.some((i) => i.x + i.width <= x) && l.items.some((i) => i.x >= x),
    ).length;
    if (both < lines.length * 0.25) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best || best.crossing > Math.max(2, lines.length * 0.15)) return undefined;
  // A short page of job lines with their dates at a tab stop, or of "Label:  value" rows, is one column.
  return fieldRows(lines, best.x) ? undefined : best.x;
}

export function layoutPage(items: TextItem[], pageWidth: number, options: LayoutOptions = {}): PageLayout {
  const hidden = items.filter((i) => i.size < MIN_VISIBLE_SIZE && i.text.trim()).map((i) => i.text.trim());
  // pdfjs adds whitespace items that span gaps (even a column gutter): positions carry the spacing.
  const visible = items.filter((i) => i.size >= MIN_VISIBLE_SIZE && i.text.trim().length > 0);
  const lines = groupLines(visible);
  let gutter = findGutter(lines, pageWidth);
  // A page that is one column but for a band: only the band's lines are read as columns.
  let band: ReadonlySet<VisualLine> | undefined;
  if (gutter === undefined) {
    const flow = joinWrapped(lines, wrapMargin(lines, pageWidth), options.spaced ? Infinity : MAX_JOINED);
    // A wall of text has no columns: its drawn gaps line up by chance.
    const found = flow.wall ? undefined : bandGutter(lines, pageWidth);
    if (found === undefined) return { lines: flow.lines, columns: 1, hidden, wall: flow.wall };
    gutter = found.x;
    band = found.lines;
  }
  const out: string[] = [];
  let left: VisualLine[] = [];
  let right: VisualLine[] = [];
  // Full-width lines between bands: a paragraph there wraps at the page's margin, as on a one-column page.
  let across: VisualLine[] = [];
  const margin = wrapMargin(lines, pageWidth);
  const flush = () => {
    out.push(...joinWrapped(left).lines, ...joinWrapped(right).lines);
    left = [];
    right = [];
  };
  const flushAcross = () => {
    out.push(...joinWrapped(across, margin).lines);
    across = [];
  };
  for (const line of lines) {
    const crosses = line.items.some((i) => i.x < gutter - 2 && i.x + i.width > gutter + 2);
    // The short last line of a full-width paragraph ("and rail links.") crosses no gutter.
    const tail =
      across.length > 0 && margin !== undefined && isWrap(across[across.length - 1]!, line, margin);
    if (band ? !band.has(line) : crosses || tail) {
      flush();
      across.push(line);
      continue;
    }
    flushAcross();
    const l = line.items.filter((i) => i.x + i.width <= gutter + 2);
    const r = line.items.filter((i) => i.x + i.width > gutter + 2);
    if (l.length) left.push({ y: line.y, items: l });
    if (r.length) right.push({ y: line.y, items: r });
  }
  flush();
  flushAcross();
  return { lines: out, columns: 2, hidden, wall: false };
}
