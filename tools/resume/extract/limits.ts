/**
 * What the parser accepts. Defaults suit a resume (a few pages, a few MB); callers can
 * lower or raise them, e.g. from config. Every limit is checked before the work it
 * bounds: sizes from headers and zip directories, pages and page sizes from the PDF's
 * page tree, pixels before anything is rendered.
 */
import { CareerCraftError } from "../../../data/errors.ts";

export interface ResumeLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages read from a PDF. */
  maxPages: number;
  /** Longest a whole extraction (including OCR) may take. */
  timeoutMs: number;
  /** Largest total a DOCX (zip) may inflate to, in bytes (images included). */
  maxUnzippedBytes: number;
  /**
   * Largest total of a DOCX's XML parts (the text, styles, numbering), in bytes: what the
   * DOCX reader builds a tree of. Ten dense pages are well under 1 MB; 4 MB already costs
   * seconds of CPU and over 100 MB of memory, for text far past `maxTextChars`.
   */
  maxDocxXmlBytes: number;
  /** Largest image accepted for OCR, in pixels; also the most pixels rendered from all pages of a scanned PDF. */
  maxImagePixels: number;
  /** Most pixels one scanned PDF page is rendered at for OCR. */
  maxRenderPixels: number;
  /** Most characters of text read; ten dense pages are about 50,000. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: ResumeLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 10,
  timeoutMs: 60_000,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxDocxXmlBytes: 2 * 1024 * 1024,
  maxImagePixels: 40_000_000,
  maxRenderPixels: 12_000_000,
  maxTextChars: 150_000,
};

export function resolveLimits(overrides: Partial<ResumeLimits> = {}): ResumeLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

export function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}

export function assertFileSize(byteLength: number, maxBytes: number): void {
  if (byteLength > maxBytes) {
    throw new CareerCraftError(
      "too_large",
      `This file is ${megabytes(byteLength)}; resumes up to ${megabytes(maxBytes)} are accepted. Please upload a smaller file (a PDF export is usually well under 1 MB).`,
    );
  }
}
