/**
 * The committed intent model on disk: one file, a small JSON header then named sections of raw
 * little-endian arrays and NUL-joined word lists. Issue 12 budgets the load at 300 ms; with
 * 13.5k examples the file's JSON part alone (NLP.js's network weights and its exact-match
 * dictionary) had grown to 7.6 MB, and decoding and parsing it was most of the load. What is
 * a long list of numbers or words lies here as bytes; intent-model-file.ts says which sections
 * the intent model writes.
 *
 * Layout (every section starts at a multiple of 8 bytes from the file's start):
 *   "CCIM" | uint32 version | uint32 n, header JSON (n bytes of UTF-8, with a `sections` table:
 *   name -> kind, byte offset, count) | the sections' bytes
 */
import { readFileSync, writeFileSync } from "node:fs";

const MAGIC = "CCIM";
/** 1: header JSON + the regression's arrays (2026-12-06); 2: named sections (bench20p). */
const VERSION = 2;
/** Words and n-grams of normalised text never hold a NUL, so it can join them. */
const SEPARATOR = "\u0000";

/** A section: a list of words, or a typed array stored as its raw bytes. */
export type Section =
  | string[]
  | Uint16Array
  | Int16Array
  | Uint32Array
  | Int32Array
  | Float32Array
  | Float64Array;

type Kind = "text" | "u16" | "i16" | "u32" | "i32" | "f32" | "f64";
interface SectionEntry {
  kind: Kind;
  /** Bytes from the file's start. */
  at: number;
  /** Words for text, elements for an array. */
  count: number;
  /** Bytes (text only: UTF-8 length). */
  bytes: number;
}

function kindOf(s: Section): Kind {
  if (Array.isArray(s)) return "text";
  if (s instanceof Uint16Array) return "u16";
  if (s instanceof Int16Array) return "i16";
  if (s instanceof Uint32Array) return "u32";
  if (s instanceof Int32Array) return "i32";
  if (s instanceof Float32Array) return "f32";
  return "f64";
}

const aligned8 = (n: number) => (n + 7) & ~7;

function bytesOf(s: Section): Buffer {
  if (!Array.isArray(s)) return Buffer.from(s.buffer, s.byteOffset, s.byteLength);
  if (s.some((w) => w.includes(SEPARATOR))) throw new Error("a word of a text section holds a NUL");
  return Buffer.from(s.join(SEPARATOR), "utf8");
}

/** Writes `header` and `sections` to `file` in the layout above. */
export function writeModelFile(file: string, header: object, sections: Record<string, Section>): void {
  const named = Object.entries(sections).map(([name, s]) => ({ name, s, bytes: bytesOf(s) }));
  // The header holds the offsets, and its length moves them: the offsets are relative to the
  // first section until the header's length is known.
  const relative: Record<string, SectionEntry> = {};
  let at = 0;
  for (const { name, s, bytes } of named) {
    relative[name] = { kind: kindOf(s), at, count: s.length, bytes: bytes.length };
    at = aligned8(at + bytes.length);
  }
  const headerOf = (base: number) =>
    Buffer.from(
      JSON.stringify({
        ...header,
        sections: Object.fromEntries(
          Object.entries(relative).map(([name, e]) => [name, { ...e, at: e.at + base }]),
        ),
      }),
      "utf8",
    );
  // Offsets written as numbers change the header's length; settle on a base that holds.
  let base = aligned8(12 + headerOf(0).length);
  while (aligned8(12 + headerOf(base).length) > base) base = aligned8(12 + headerOf(base).length);
  const head = headerOf(base);
  const out = Buffer.alloc(base + at);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(head.length, 8);
  head.copy(out, 12);
  for (const { name, bytes } of named) bytes.copy(out, base + relative[name]!.at);
  writeFileSync(file, out);
}

export interface ModelFileContent<H> {
  header: H;
  sections: Record<string, Section>;
}

/** Reads a file writeModelFile wrote: the header as written, the sections as views of the bytes read. */
export function readModelFile<H>(file: string): ModelFileContent<H> {
  const buf = readFileSync(file);
  if (buf.toString("latin1", 0, 4) !== MAGIC) throw new Error(`${file} is not an intent model file`);
  const version = buf.readUInt32LE(4);
  if (version !== VERSION)
    throw new Error(`${file} is intent model file version ${version}; this code reads ${VERSION}`);
  const n = buf.readUInt32LE(8);
  const { sections: table, ...header } = JSON.parse(buf.toString("utf8", 12, 12 + n)) as {
    sections: Record<string, SectionEntry>;
  };
  const sections: Record<string, Section> = {};
  for (const [name, e] of Object.entries(table)) sections[name] = sectionAt(buf, e);
  return { header: header as H, sections };
}

const ARRAYS = {
  u16: Uint16Array,
  i16: Int16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

function sectionAt(buf: Buffer, e: SectionEntry): Section {
  if (e.kind === "text") return e.count ? buf.toString("utf8", e.at, e.at + e.bytes).split(SEPARATOR) : [];
  const Make = ARRAYS[e.kind];
  const offset = buf.byteOffset + e.at;
  const bytes = buf.buffer as ArrayBuffer;
  // A view when the bytes sit aligned in memory (they do in a file read whole), else a copy.
  if (offset % Make.BYTES_PER_ELEMENT === 0) return new Make(bytes, offset, e.count);
  return new Make(bytes.slice(offset, offset + e.count * Make.BYTES_PER_ELEMENT));
}
