/**
 * Checks a zip (DOCX) before anything inflates it: entry count, declared sizes and
 * compression ratios from the central directory, then a bounded inflate of every entry
 * so a file that lies about its sizes cannot expand past the limit either. A zip bomb
 * renamed to .docx is refused here with a clear message, before mammoth sees it.
 */
import { inflateRawSync } from "node:zlib";
import { CareerCraftError } from "../../../data/errors.ts";
import { megabytes } from "./limits.ts";

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_ENTRIES = 5000;
/** Real DOCX parts compress 3-20x; bombs compress thousands of times. */
const MAX_RATIO = 200;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const corrupt = (why: string) =>
  new CareerCraftError(
    "corrupt_input",
    `This DOCX file is damaged (${why}). Please save it again from your editor, or upload a PDF.`,
  );

const bomb = (why: string) =>
  new CareerCraftError(
    "too_large",
    `This DOCX file expands to far more data than any resume (${why}); it was refused for safety. Please upload the resume as a normal DOCX or PDF.`,
  );

export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  const searchFrom = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= searchFrom; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no zip directory");
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bomb("a ZIP64 archive");
  if (count > MAX_ENTRIES) throw bomb(`${count} files inside`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) throw corrupt("a broken zip directory");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIG) throw corrupt("a broken zip entry");
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + e.compressedSize > buf.length) throw corrupt("a truncated zip entry");
  return buf.subarray(start, start + e.compressedSize);
}

/** Throws unless the zip is a DOCX that stays within `maxUnzippedBytes` when inflated. */
export function assertSafeDocx(buf: Buffer, maxUnzippedBytes: number): void {
  const entries = readCentralDirectory(buf);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new CareerCraftError(
      "unsupported_type",
      "This is a zip file but not a Word document (DOCX). Please upload a PDF, DOCX, PNG, JPEG, WebP or plain-text resume.",
    );
  }
  let declared = 0;
  for (const e of entries) {
    declared += e.uncompressedSize;
    if (e.uncompressedSize > 1_000_000 && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_RATIO) {
      throw bomb(
        `"${e.name}" claims a ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1 compression ratio`,
      );
    }
  }
  if (declared > maxUnzippedBytes)
    throw bomb(`${megabytes(declared)} unpacked, limit ${megabytes(maxUnzippedBytes)}`);
  // Declared sizes can lie; inflate each part with a hard cap to be sure.
  let actual = 0;
  for (const e of entries) {
    if (e.method === 0) {
      actual += e.compressedSize;
      continue;
    }
    if (e.method !== 8) throw corrupt(`an unsupported compression method in "${e.name}"`);
    const cap = Math.min(maxUnzippedBytes - actual, e.uncompressedSize + 1024);
    try {
      actual += inflateRawSync(entryData(buf, e), { maxOutputLength: Math.max(1, cap) }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw bomb(`"${e.name}" is larger than it claims`);
      throw corrupt(`"${e.name}" cannot be unpacked`);
    }
  }
}
