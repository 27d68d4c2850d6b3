/**
 * Blocks of lines inside one string read from a packed data file (packed.ts), used where
 * they lie instead of being split into arrays, Maps and Sets first.
 *
 * Why (issue 14): a cold `careercraft parse-resume` built a Map of the taxonomy's ~25k
 * spellings, three Sets of the matcher's ~60k phrase entries and two Maps of ~11k ESCO rows
 * (~110 ms of CPU with the garbage they left), to look up a few hundred keys. A block sorted
 * by key is searched in place by bisection over character positions: nothing to build, and
 * a key once looked up is remembered, so a warm parse still pays one Map.get per key.
 */

import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";

/** A key ends at a tab or at its line's end; keys and values hold neither a tab nor a line break. */
function assertLineSafe(text: string): void {
  if (/[\t\n]/.test(text))
    throw new Error(`a packed key or value holds a tab or line break: ${JSON.stringify(text)}`);
}

/**
 * "key<TAB>value" lines (or bare keys when the value is undefined), sorted by key in UTF-16
 * order, which is what `<` compares when the block is searched. Keys must be unique.
 */
export function sortedBlock(entries: Iterable<readonly [string, string | undefined]>): string {
  const rows = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < rows.length; i++) {
    const [key, value] = rows[i]!;
    assertLineSafe(key);
    if (value !== undefined) assertLineSafe(value);
    if (i > 0 && rows[i - 1]![0] === key)
      throw new Error(`a packed block holds the key ${JSON.stringify(key)} twice`);
  }
  return rows.map(([key, value]) => (value === undefined ? `${key}\n` : `${key}\t${value}\n`)).join("");
}

/** Lines in their own order, each ended by "\n" (a block of lines read by position). */
export function lineBlock(lines: readonly string[]): string {
  for (const line of lines) if (line.includes("\n")) throw new Error("a packed line holds a line break");
  return lines.map((line) => `${line}\n`).join("");
}

/** Most keys a block remembers before it starts over (a long-running service reads many resumes). */
const MEMO_LIMIT = 100_000;

/** A block written by sortedBlock, found at [start, end) in `text`. */
export class SortedLines {
  /** key -> value, "" for a bare key, null for a key that is not there. */
  private readonly memo = new Map<string, string | null>();

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The key's value ("" for a bare key), undefined when the block does not hold it. */
  get(key: string): string | undefined {
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = this.search(key);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, found ?? null);
    return found;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private search(key: string): string | undefined {
    const { text } = this;
    // lo and hi are always at the start of a line (or the block's end).
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = Math.max(lo, text.lastIndexOf("\n", mid - 1) + 1);
      const lineEnd = text.indexOf("\n", lineStart);
      const line = text.slice(lineStart, lineEnd);
      const tab = line.indexOf("\t");
      const lineKey = tab === -1 ? line : line.slice(0, tab);
      if (lineKey === key) return tab === -1 ? "" : line.slice(tab + 1);
      if (key < lineKey) hi = lineStart;
      else lo = lineEnd + 1;
    }
    return undefined;
  }

  /** Every [key, value] in key order. */
  *entries(): IterableIterator<[string, string]> {
    for (const line of this.text.slice(this.start, this.end).split("\n")) {
      if (!line) continue;
      const tab = line.indexOf("\t");
      yield tab === -1 ? [line, ""] : [line.slice(0, tab), line.slice(tab + 1)];
    }
  }
}

/** A block written by lineBlock, found at [start, end) in `text`: line i on request. */
export class LineList {
  /** Where each line starts; found in one pass on the first request. */
  private starts?: Uint32Array;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    readonly length: number,
  ) {}

  at(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const starts = this.lineStarts();
    return this.text.slice(starts[index]!, starts[index + 1]! - 1);
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const starts = new Uint32Array(this.length + 1);
    let at = this.start;
    for (let i = 0; i < this.length; i++) {
      starts[i] = at;
      at = this.text.indexOf("\n", at) + 1;
    }
    starts[this.length] = at;
    if (at !== this.end) throw new Error("a packed line block does not hold the lines its header says");
    this.starts = starts;
    return starts;
  }
}

/**
 * A packed file: a magic line, a JSON header line with each block's [start, end) (character
 * positions after the header), then the blocks.
 */
export function packFile(magic: string, header: object, blocks: Record<string, string>): string {
  const positions: Record<string, [number, number]> = {};
  let at = 0;
  for (const [name, block] of Object.entries(blocks)) {
    positions[name] = [at, at + block.length];
    at += block.length;
  }
  return `${magic}\n${JSON.stringify({ ...header, blocks: positions })}\n${Object.values(blocks).join("")}`;
}

/**
 * A packed file's text. The writers keep it ASCII (data/ascii-json.ts), and ASCII is read as
 * latin1: a byte copy instead of UTF-8 decoding (~4 ms of a cold parse for the three taxonomy
 * files; issue 14). The same string either way; a file holding other bytes is decoded as UTF-8.
 */
export function readPackedText(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/** The header and a block reader of a file written by packFile; undefined when the magic differs. */
export function readPackedFile<H extends object>(
  file: string,
  magic: string,
): { header: H; block(name: string): [string, number, number] } | undefined {
  const text = readPackedText(file);
  if (!text.startsWith(`${magic}\n`)) return undefined;
  const headerEnd = text.indexOf("\n", magic.length + 1);
  const header = JSON.parse(text.slice(magic.length + 1, headerEnd)) as H & {
    blocks: Record<string, [number, number]>;
  };
  const body = headerEnd + 1;
  return {
    header,
    block(name) {
      const range = header.blocks[name];
      if (!range) throw new Error(`the packed file has no block "${name}"`);
      return [text, body + range[0], body + range[1]];
    },
  };
}
