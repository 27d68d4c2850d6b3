/**
 * The file type from its first bytes (magic numbers), never from its name: a program
 * renamed to resume.pdf is still a program.
 */
import { CareerCraftError } from "../../../data/errors.ts";
import type { DocumentKind } from "../types.ts";

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  Buffer.from(bytes.subarray(from, to)).toString("latin1");

function unsupported(
  what: string,
  advice = "Please upload a PDF, DOCX, PNG, JPEG, WebP or plain-text resume.",
): CareerCraftError {
  return new CareerCraftError(
    "unsupported_type",
    `This file is ${what}, not a resume we can read. ${advice}`,
  );
}

/** Text if it decodes as UTF-8/UTF-16 and is almost free of control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  let control = 0;
  for (const b of sample) if (b === 0 || b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  return control / Math.max(1, sample.length) < 0.01;
}

function isProgram(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x4d, 0x5a]) ||
    startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(bytes, [0x23, 0x21])
  );
}

/**
 * A PDF header at the start is a PDF. PDF readers also accept one after a little junk in
 * the first 1 KB, but so does a text resume that mentions "%PDF-1.7": a later header
 * counts only when the file is not text, or ends like a PDF (%%EOF / startxref).
 */
function isPdf(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(1024, bytes.length));
  if (head.startsWith("%PDF-")) return true;
  if (!head.includes("%PDF-")) return false;
  const tail = ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  return !looksLikeText(bytes) || tail.includes("%%EOF") || tail.includes("startxref");
}

export function detectDocumentKind(bytes: Uint8Array): DocumentKind {
  if (bytes.length === 0)
    throw new CareerCraftError("validation", "The file is empty (0 bytes). Please upload your resume again.");
  // A program first: an executable carrying "%PDF-" in its first KB is still a program.
  if (isProgram(bytes)) throw unsupported("a program or script");
  if (isPdf(bytes)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "docx";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw unsupported("an old Word (.doc) file", "Please save it as DOCX or PDF and upload that.");
  if (ascii(bytes, 0, 5) === "{\\rtf")
    throw unsupported("an RTF document", "Please save it as DOCX or PDF and upload that.");
  if (
    ascii(bytes, 0, 3) === "GIF" ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    throw unsupported("a GIF or TIFF image", "Please upload a PNG, JPEG or WebP photo, or a PDF.");
  }
  if (
    startsWith(bytes, [0x1f, 0x8b]) ||
    ascii(bytes, 0, 6) === "7z\xbc\xaf\x27\x1c" ||
    ascii(bytes, 0, 4) === "Rar!"
  ) {
    throw unsupported("a compressed archive");
  }
  if (looksLikeText(bytes)) return "text";
  throw unsupported("in a format we do not recognise");
}
