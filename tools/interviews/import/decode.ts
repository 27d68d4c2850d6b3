/**
 * Turns an uploaded question file into text, refusing what would otherwise be silently
 * mangled: too large, empty, a spreadsheet or other binary, UTF-16, or bytes that are not
 * UTF-8 (typically a CSV saved as Windows-1252 by Excel). Each refusal says how to fix it.
 */
import { CareerCraftError } from "../../../data/errors.ts";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportFormat = "csv" | "json";

export function formatOf(filename: string): ImportFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".json")) return "json";
  throw new CareerCraftError(
    "unsupported_type",
    `"${filename}" is not a .csv or .json file. Export your question bank as CSV (UTF-8) or JSON.`,
  );
}

export function tooLarge(bytes: number): CareerCraftError {
  return new CareerCraftError(
    "too_large",
    `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
  );
}

export function decodeImportFile(content: Uint8Array): string {
  if (content.length > MAX_IMPORT_BYTES) throw tooLarge(content.length);
  if (content.length === 0) throw new CareerCraftError("validation", "The file is empty.");
  if ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff)) {
    throw new CareerCraftError(
      "unsupported_type",
      'The file is UTF-16 encoded. Save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and import again.',
    );
  }
  if (content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04) {
    throw new CareerCraftError(
      "unsupported_type",
      "This is a spreadsheet or archive (ZIP/XLSX), not CSV. Export the sheet as CSV UTF-8 and import that.",
    );
  }
  const head = content.subarray(0, 8192);
  if (head.includes(0)) {
    throw new CareerCraftError(
      "unsupported_type",
      "The file contains binary data; import a CSV or JSON text file.",
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch (cause) {
    const line = lineOfFirstInvalidByte(content);
    throw new CareerCraftError(
      "corrupt_input",
      `The file is not valid UTF-8 (first bad character on line ${line}). It was probably saved as Windows-1252 or Latin-1: re-save it as UTF-8 and import again.`,
      { cause },
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
