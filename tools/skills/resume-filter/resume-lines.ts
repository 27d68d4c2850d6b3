/**
 * The lines of a resume as the skill candidates read them: where each starts and ends, its
 * items between separators (cached per line: asked many times), whether it lists names, and
 * whether it is keyword-stuffed (an item written more than once) or a repeated keyword block.
 */
import { slugify } from "../../../data/taxonomy/normalize.ts";
import { EDGE_QUOTES } from "../unlisted.ts";
import { MAX_ITEM_WORDS } from "./name-shape.ts";

export interface LineInfo {
  /** Line start and end offsets in the text. */
  start: number;
  end: number;
  /** How many items the line splits into, and how many of them hold a found skill. */
  items: number;
  known: number;
  /** The words before a colon that open the line ("environment", "tools"), lower case. */
  label: string;
}

const GLYPH = String.raw`(?:[\p{So}\p{Co}~]|(?![\p{Script=Latin}\p{Script=Common}])\p{L}|o(?=\s+[\p{Lu}\p{N}]))`;
const LEADING_GLYPH = new RegExp(String.raw`^(?:${GLYPH}\s+)+`, "u");
/** Between list items: separators, two spaces, a dash between spaces, bullets, "and". */
const ITEM_SPLIT =
  /[,;|\t\u2022\u25aa\u25cf\u27a2\uf0a7\uf0b7\uf0d8\u00b7•:()[\]]|\.\s|\s{2,}|\s[-–]\s|\s+(?:and|&)\s+/g;
/** The same without "and" and "&": a name may hold them ("SEO & PPC", "Audit and Tax"). */
const WIDE_ITEM_SPLIT =
  /[,;|\t\u2022\u25aa\u25cf\u27a2\uf0a7\uf0b7\uf0d8\u00b7•:()[\]]|\.\s|\s{2,}|\s[-–]\s/g;
export const lineText = (text: string, line: LineInfo) => text.slice(line.start, line.end);
/** A keyword-stuffed line: some item (not a note with a number) written more than once in it. */
export const isStuffed = (text: string, line: LineInfo) => maxRepeat(text, line) >= 2;

/**
 * A repeated keyword list: nearly every item a name (up to MAX_ITEM_WORDS words: stuffers repeat
 * the person's own names, "Oracle Business Intelligence Suite" among them, and a name read
 * inside one as another skill must not become new), one of them written 3+ times. Prose pasted
 * as one paragraph has longer pieces between its commas.
 */
export function isKeywordBlock(text: string, line: LineInfo): boolean {
  if (maxRepeat(text, line) < 3) return false;
  const items = itemsOf(text, line);
  const short = items.filter((it) => it.text.split(/\s+/).length <= MAX_ITEM_WORDS).length;
  return short >= 0.9 * items.length;
}

const repeatCache = new WeakMap<LineInfo, number>();

/** How often the line's most repeated item is written in it (asked twice per line: cached). */
export function maxRepeat(text: string, line: LineInfo): number {
  if (line.items < 2) return 1;
  const cached = repeatCache.get(line);
  if (cached !== undefined) return cached;
  const max = countMaxRepeat(text, line);
  repeatCache.set(line, max);
  return max;
}

function countMaxRepeat(text: string, line: LineInfo): number {
  const seen = new Map<string, number>();
  let max = 1;
  for (const item of itemsOf(text, line)) {
    // Notes with a number repeat in honest lists ("Java (Less than 1 year), Git (Less than 1 year)");
    // an item's leading number is trimmed off ("(3 years)" is the item "years"), so look before it.
    if (
      /\d/.test(item.text) ||
      /\d[\s+]*$/.test(text.slice(Math.max(line.start, item.start - 4), item.start))
    )
      continue;
    const id = slugify(item.text);
    if (!id) continue;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > max) max = n;
  }
  return max;
}

/**
 * A line that lists names: two or more items, every one short. A sentence cut at commas and
 * "and" has a longer piece somewhere ("spend on consulting and ... across the business").
 */
export const isListLine = (text: string, line: LineInfo) =>
  line.items >= 2 && itemsOf(text, line).every((it) => it.text.split(/\s+/).length <= MAX_ITEM_WORDS);

/** The index of the line holding an offset (a line's end counts as in it), by binary search. */
export function lineFinder(lines: LineInfo[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Each line's spans (a span on every line it touches), so a line's items are checked against its own. */
export function spansByLine<T>(
  xs: T[],
  lines: LineInfo[],
  lineAt: (offset: number) => number,
  spanOf: (x: T) => { start: number; end: number },
): Map<LineInfo, T[]> {
  const out = new Map<LineInfo, T[]>();
  for (const x of xs) {
    const sp = spanOf(x);
    for (let i = lineAt(sp.start); i <= lineAt(Math.max(sp.start, sp.end - 1)); i++) {
      const list = out.get(lines[i]!);
      if (list) list.push(x);
      else out.set(lines[i]!, [x]);
    }
  }
  return out;
}

export function lineInfos(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const info: LineInfo = { start, end: start + line.length, items: 0, known: 0, label: "" };
    const colon = line.indexOf(":");
    if (colon > 0 && colon < 40) info.label = line.slice(0, colon).trim().toLowerCase();
    info.items = itemsOf(text, info).length;
    out.push(info);
    start += line.length + 1;
  }
  return out;
}

export interface Item {
  text: string;
  start: number;
  end: number;
}

const itemCache = new WeakMap<LineInfo, Item[]>();
const wideItemCache = new WeakMap<LineInfo, Item[]>();

/** The trimmed items of a line between separators (`wide`: "and" and "&" do not separate). */
export function itemsOf(text: string, line: LineInfo, wide = false): Item[] {
  const cache = wide ? wideItemCache : itemCache;
  const cached = cache.get(line);
  if (cached) return cached;
  const s = text.slice(line.start, line.end);
  const out: Item[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    let i = a;
    let j = b;
    while (i < j && /[\s\-–*>.\d)]/.test(s[i]!) && !/\d[A-Za-z]/.test(s.slice(i, i + 2))) i++;
    const glyph = LEADING_GLYPH.exec(s.slice(i, j));
    if (glyph) i += glyph[0].length;
    while (i < j && EDGE_QUOTES.includes(s[i]!)) i++;
    while (j > i && (/[\s.*\-–]/.test(s[j - 1]!) || EDGE_QUOTES.includes(s[j - 1]!))) j--;
    if (j > i) out.push({ text: s.slice(i, j), start: line.start + i, end: line.start + j });
  };
  for (const m of s.matchAll(wide ? WIDE_ITEM_SPLIT : ITEM_SPLIT)) {
    push(from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(from, s.length);
  cache.set(line, out);
  return out;
}
