/**
 * Checks a zip (DOCX) before anything inflates it. From the central directory alone:
 * the entry count, the total unpacked size, and the unpacked size of the XML parts the
 * DOCX reader turns into a tree (a 45 MB document.xml costs gigabytes of memory whatever
 * its compression ratio). Then every entry is inflated as a stream that is counted and
 * thrown away, stopping the moment it passes what the directory declared, so a file that
 * lies about its sizes is caught without ever holding its contents. A zip bomb renamed to
 * .docx is refused here with a clear message, before mammoth sees it.
 */
import { createInflateRaw } from "node:zlib";
import { CareerCraftError } from "../../../data/errors.ts";
import { megabytes } from "./limits.ts";

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** A DOCX has a few dozen parts; even one full of images has a few hundred. */
const MAX_ENTRIES = 1000;
/** Parts the DOCX reader parses as XML. */
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

export interface DocxLimits {
  maxUnzippedBytes: number;
  maxDocxXmlBytes: number;
}

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

/** Bytes an entry inflates to, counted as it streams; stops once past `cap`. */
function inflatedSize(data: Buffer, cap: number): Promise<number | "over"> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > cap) {
        inflate.destroy();
        resolve("over");
      }
    });
    inflate.on("end", () => resolve(total));
    inflate.on("error", reject);
    inflate.end(data);
  });
}

/** Throws unless the zip is a DOCX whose parts stay within the limits when inflated. */
export async function assertSafeDocx(buf: Buffer, limits: DocxLimits): Promise<void> {
  const entries = readCentralDirectory(buf);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new CareerCraftError(
      "unsupported_type",
      "This is a zip file but not a Word document (DOCX). Please upload a PDF, DOCX, PNG, JPEG, WebP or plain-text resume.",
    );
  }
  let declared = 0;
  let xml = 0;
  for (const e of entries) {
    declared += e.uncompressedSize;
    if (isXmlPart(e.name)) xml += e.uncompressedSize;
  }
  if (declared > limits.maxUnzippedBytes)
    throw bomb(`${megabytes(declared)} unpacked, limit ${megabytes(limits.maxUnzippedBytes)}`);
  if (xml > limits.maxDocxXmlBytes)
    throw bomb(
      `${megabytes(xml)} of document text and formatting, limit ${megabytes(limits.maxDocxXmlBytes)}`,
    );
  // Declared sizes can lie: inflate each part, counting, and stop at what it declared.
  for (const e of entries) {
    const data = entryData(buf, e);
    if (e.method === 0) {
      if (data.length !== e.uncompressedSize) throw corrupt(`"${e.name}" has the wrong size`);
      continue;
    }
    if (e.method !== 8) throw corrupt(`an unsupported compression method in "${e.name}"`);
    let size: number | "over";
    try {
      size = await inflatedSize(data, e.uncompressedSize);
    } catch {
      throw corrupt(`"${e.name}" cannot be unpacked`);
    }
    if (size === "over") throw bomb(`"${e.name}" is larger than it claims`);
  }
}
