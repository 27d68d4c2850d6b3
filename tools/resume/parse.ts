/**
 * The entry point: resume file bytes -> ParsedResume. Stores nothing and calls no
 * service; everything runs in-process (OCR included, offline).
 */
import { type ExtractedDocument, extractDocument } from "./extract/index.ts";
import { type ResumeLimits, resolveLimits } from "./extract/limits.ts";
import { type ParseTextOptions, parseResumeText } from "./parse-text.ts";
import { loadSkillExtractor, type SkillExtractor } from "./skills-port.ts";
import type { ParsedResume } from "./types.ts";

export interface ParseResumeOptions {
  limits?: Partial<ResumeLimits>;
  now?: Date;
  /** Defaults to the project's skill extractor (tools/skills). */
  skills?: SkillExtractor | null;
  labeller?: ParseTextOptions["labeller"];
  employers?: ParseTextOptions["employers"];
}

export async function parseResume(
  bytes: Uint8Array,
  options: ParseResumeOptions = {},
): Promise<ParsedResume> {
  const limits = resolveLimits(options.limits);
  const doc = await extractDocument(bytes, limits);
  return parseExtracted(doc, bytes.byteLength, options);
}

export async function parseExtracted(
  doc: ExtractedDocument,
  byteLength: number,
  options: ParseResumeOptions = {},
): Promise<ParsedResume> {
  const skills = options.skills === undefined ? await loadSkillExtractor() : options.skills;
  const textOptions: ParseTextOptions = {
    now: options.now,
    skills,
    hiddenText: doc.hidden,
    labeller: options.labeller,
    employers: options.employers,
  };
  const parsed = await parseResumeText(doc.text, textOptions);
  if (doc.ocr) {
    parsed.warnings.unshift(
      "This resume was read with OCR (it has no text layer), so some words may be misread.",
    );
    // OCR text is less certain than a text layer: scale the confidence by tesseract's own.
    const ocrFactor = Math.max(0.3, Math.min(1, (doc.ocrConfidence ?? 60) / 100));
    parsed.confidence = Math.round(parsed.confidence * ocrFactor * 100) / 100;
  }
  return {
    source: { kind: doc.kind, bytes: byteLength, pages: doc.pages, ocr: doc.ocr, columns: doc.columns },
    ...parsed,
  };
}
