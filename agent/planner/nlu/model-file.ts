/**
 * The committed intent model on disk: one file, a JSON header (NLP.js's network, the
 * vocabularies, the regression's classes and bias) followed by the regression's features and
 * weights as raw bytes. Issue 12 budgets the load at 300 ms; with the non-English lines the
 * all-JSON file had grown to 16 MB, and reading it as text, parsing it and decoding ~9 MB of
 * base64 weights was most of the load. Raw little-endian arrays are used where they lie.
 *
 * Layout (every section starts at a multiple of 4 bytes):
 *   "CCIM" | uint32 version | uint32 n, header JSON (n bytes of UTF-8)
 *   | uint32 n, features joined by NUL (n bytes of UTF-8)
 *   | uint32 n, counts (n x uint16) | uint32 n, classIndex (n x uint16) | uint32 n, thousandths (n x int32)
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  type PackedSoftmaxArrays,
  packSoftmaxArrays,
  type SoftmaxJSON,
} from "../../../tools/ml/softmax-regression.ts";

const MAGIC = "CCIM";
const VERSION = 1;
/** Features are n-grams of normalised text: they never hold a NUL, so it can join them. */
const SEPARATOR = "\u0000";

/** The model file's content with the regression in any of its forms; `linear` is what differs. */
export interface WithLinear<L> {
  linear: L;
}

function aligned(n: number): number {
  return (n + 3) & ~3;
}

class Writer {
  private readonly parts: Buffer[] = [];
  private length = 0;

  add(bytes: Buffer): void {
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  /** A section: its length (in bytes for text, in elements for an array), the bytes, padding. */
  section(bytes: Buffer, count = bytes.length): void {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(count);
    this.add(size);
    this.add(bytes);
    const pad = aligned(this.length) - this.length;
    if (pad) this.add(Buffer.alloc(pad));
  }

  array(a: Uint16Array | Int32Array): void {
    this.section(Buffer.from(a.buffer, a.byteOffset, a.byteLength), a.length);
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** Writes `model` (its regression as JSON or packed) to `file` in the layout above. */
export function writeModelFile<T extends WithLinear<SoftmaxJSON | PackedSoftmaxArrays>>(
  file: string,
  model: T,
): void {
  const linear = "arrays" in model.linear ? model.linear : packSoftmaxArrays(model.linear);
  if (linear.features.some((f) => f.includes(SEPARATOR))) throw new Error("a feature holds a NUL");
  const { features, arrays, ...head } = linear;
  const header = { ...model, linear: head };
  const w = new Writer();
  const start = Buffer.alloc(8);
  start.write(MAGIC, 0, "latin1");
  start.writeUInt32LE(VERSION, 4);
  w.add(start);
  w.section(Buffer.from(JSON.stringify(header), "utf8"));
  w.section(Buffer.from(features.join(SEPARATOR), "utf8"));
  w.array(arrays.counts);
  w.array(arrays.classIndex);
  w.array(arrays.thousandths);
  writeFileSync(file, w.bytes());
}

/** Reads a file writeModelFile wrote; the regression comes back packed (SoftmaxRegression.fromJSON reads it). */
export function readModelFile<T extends WithLinear<unknown>>(
  file: string,
): Omit<T, "linear"> & WithLinear<PackedSoftmaxArrays> {
  const buf = readFileSync(file);
  if (buf.toString("latin1", 0, 4) !== MAGIC) throw new Error(`${file} is not an intent model file`);
  const version = buf.readUInt32LE(4);
  if (version !== VERSION)
    throw new Error(`${file} is intent model file version ${version}; this code reads ${VERSION}`);
  let at = 8;
  const section = (unit: number): [number, number] => {
    const n = buf.readUInt32LE(at);
    const begin = at + 4;
    at = aligned(begin + n * unit);
    return [begin, n];
  };
  const text = (): string => {
    const [begin, n] = section(1);
    return buf.toString("utf8", begin, begin + n);
  };
  // A view when the bytes sit aligned in memory (they do in a file read whole), else a copy.
  const array = <A>(unit: number, make: (b: ArrayBuffer, offset: number, length: number) => A): A => {
    const [begin, n] = section(unit);
    const offset = buf.byteOffset + begin;
    if (offset % unit === 0) return make(buf.buffer as ArrayBuffer, offset, n);
    const copy = buf.buffer.slice(offset, offset + n * unit) as ArrayBuffer;
    return make(copy, 0, n);
  };
  const header = JSON.parse(text()) as Omit<T, "linear"> & {
    linear: Omit<PackedSoftmaxArrays, "features" | "arrays">;
  };
  const features = text().split(SEPARATOR);
  const counts = array(2, (b, o, n) => new Uint16Array(b, o, n));
  const classIndex = array(2, (b, o, n) => new Uint16Array(b, o, n));
  const thousandths = array(4, (b, o, n) => new Int32Array(b, o, n));
  return { ...header, linear: { ...header.linear, features, arrays: { counts, classIndex, thousandths } } };
}
