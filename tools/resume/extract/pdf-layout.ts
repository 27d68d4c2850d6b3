/**
 * Positioned PDF text items -> reading-order lines. Items are grouped into visual lines
 * by their baseline; a vertical gutter that no line crosses marks a two-column layout,
 * whose left column is read before its right one (band by band, so a full-width header
 * or footer stays where it is). Content-stream order is not trusted: generators often
 * write two-column pages row by row, which interleaves the columns.
 */

export interface TextItem {
  text: string;
  x: number;
  /** Baseline, in PDF space (grows upward). */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

interface VisualLine {
  y: number;
  items: TextItem[];
}

export interface PageLayout {
  lines: string[];
  columns: number;
  /** Text drawn too small to read (under 3 pt): kept out of the resume text. */
  hidden: string[];
}

const MIN_VISIBLE_SIZE = 3;

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

function joinItems(items: TextItem[]): string {
  let out = "";
  let prevEnd: number | undefined;
  for (const it of items) {
    if (prevEnd !== undefined) {
      const gap = it.x - prevEnd;
      // A wide gap inside one line separates fields ("Engineer      2019 - 2021").
      if (gap > it.size * 2) out += "  ";
      else if (gap > it.size * 0.15 && !out.endsWith(" ") && !it.text.startsWith(" ")) out += " ";
    }
    out += it.text;
    prevEnd = it.x + it.width;
  }
  return out.replace(/\s+$/, "");
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
  return best && best.crossing <= Math.max(2, lines.length * 0.15) ? best.x : undefined;
}

export function layoutPage(items: TextItem[], pageWidth: number): PageLayout {
  const hidden = items.filter((i) => i.size < MIN_VISIBLE_SIZE && i.text.trim()).map((i) => i.text.trim());
  // pdfjs adds whitespace items that span gaps (even a column gutter): positions carry the spacing.
  const visible = items.filter((i) => i.size >= MIN_VISIBLE_SIZE && i.text.trim().length > 0);
  const lines = groupLines(visible);
  const gutter = findGutter(lines, pageWidth);
  if (gutter === undefined) return { lines: lines.map((l) => joinItems(l.items)), columns: 1, hidden };
  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    const crosses = line.items.some((i) => i.x < gutter - 2 && i.x + i.width > gutter + 2);
    if (crosses) {
      flush();
      out.push(joinItems(line.items));
      continue;
    }
    const l = line.items.filter((i) => i.x + i.width <= gutter + 2);
    const r = line.items.filter((i) => i.x + i.width > gutter + 2);
    if (l.length) left.push(joinItems(l));
    if (r.length) right.push(joinItems(r));
  }
  flush();
  return { lines: out, columns: 2, hidden };
}
