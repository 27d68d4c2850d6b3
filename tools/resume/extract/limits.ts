/**
 * What the parser accepts. Defaults suit a resume (a few pages, a few MB); callers can
 * lower or raise them, e.g. from config.
 */
export interface ResumeLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most pages read from a PDF. */
  maxPages: number;
  /** Longest a whole extraction (including OCR) may take. */
  timeoutMs: number;
  /** Largest total a DOCX (zip) may inflate to, in bytes. */
  maxUnzippedBytes: number;
  /** Largest image accepted for OCR, in pixels. */
  maxImagePixels: number;
  /** Most characters of text read; ten dense pages are about 50,000. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: ResumeLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 10,
  timeoutMs: 60_000,
  maxUnzippedBytes: 50 * 1024 * 1024,
  maxImagePixels: 40_000_000,
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
