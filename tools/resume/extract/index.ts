/**
 * Bytes -> text for every supported resume format, within the size, page and pixel
 * limits. The type comes from the bytes (detect-type.ts), never from the file name.
 * Nothing here keeps time: callers that read untrusted files run this on a reader
 * thread (tools/resume/reader), whose time and memory limits stop it from outside.
 */
import { CareerCraftError } from "../../../data/errors.ts";
import type { DocumentKind } from "../types.ts";
import { detectDocumentKind } from "./detect-type.ts";
import { imageSize } from "./image-size.ts";
import { assertFileSize, type ResumeLimits } from "./limits.ts";
import { plainText } from "./text-file.ts";

/**
 * Format readers load on first use (a text resume never pays for pdfjs, mammoth or OCR) and
 * are kept: a dynamic import() on every call resolves the module again each time.
 */
const readers: {
  pdf?: Promise<typeof import("./pdf.ts")>;
  docx?: Promise<typeof import("./docx.ts")>;
  ocr?: Promise<typeof import("./ocr.ts")>;
} = {};

export interface ExtractedDocument {
  kind: DocumentKind;
  text: string;
  pages: number;
  columns: number;
  ocr: boolean;
  /** Text drawn too small to read; never used as resume content. */
  hidden: string[];
  ocrConfidence?: number;
}

async function imageText(
  kind: "png" | "jpeg" | "webp",
  bytes: Buffer,
  limits: ResumeLimits,
): Promise<ExtractedDocument> {
  const size = imageSize(kind, bytes);
  if (!size || size.width === 0 || size.height === 0) {
    throw new CareerCraftError(
      "corrupt_input",
      "This image is damaged, so it cannot be read. Please take the photo again or upload a PDF.",
    );
  }
  if (size.width * size.height > limits.maxImagePixels) {
    throw new CareerCraftError(
      "too_large",
      `This image is ${size.width} x ${size.height} pixels, more than we read (${Math.round(limits.maxImagePixels / 1e6)} megapixels). Please upload a smaller photo or a PDF.`,
    );
  }
  readers.ocr = readers.ocr ?? import("./ocr.ts");
  const { ocrImage } = await readers.ocr;
  const page = await ocrImage(bytes);
  return {
    kind,
    text: page.text,
    pages: 1,
    columns: 1,
    ocr: true,
    hidden: [],
    ocrConfidence: page.confidence,
  };
}

async function extractByKind(bytes: Buffer, limits: ResumeLimits): Promise<ExtractedDocument> {
  const kind = detectDocumentKind(bytes);
  switch (kind) {
    case "pdf": {
      readers.pdf = readers.pdf ?? import("./pdf.ts");
      const { pdfText } = await readers.pdf;
      const pdf = await pdfText(bytes, limits);
      return { kind, ...pdf };
    }
    case "docx": {
      readers.docx = readers.docx ?? import("./docx.ts");
      const { docxText } = await readers.docx;
      return {
        kind,
        text: await docxText(bytes, limits),
        pages: 1,
        columns: 1,
        ocr: false,
        hidden: [],
      };
    }
    case "png":
    case "jpeg":
    case "webp":
      return imageText(kind, bytes, limits);
    case "text":
      return { kind, text: plainText(bytes), pages: 1, columns: 1, ocr: false, hidden: [] };
  }
}

function noTextMessage(doc: ExtractedDocument): string {
  if (doc.kind === "pdf" && doc.ocr)
    return "No readable text was found in this PDF: it has no text layer, and its pages could not be read as a scan. Please upload a clearer scan, or export the resume as a PDF with text or as DOCX.";
  if (doc.ocr)
    return "No readable text was found in this image. Please upload a clear photo or scan of your resume, or a PDF/DOCX file.";
  return "This file contains no readable text. Please upload your resume as a PDF, DOCX or text file.";
}

const LETTER = /\p{L}/gu;

/** At least `count` letters in `text`: counted up to `count` (every read asks; most have thousands). */
function hasLetters(text: string, count: number): boolean {
  LETTER.lastIndex = 0;
  let seen = 0;
  while (seen < count && LETTER.exec(text)) seen++;
  LETTER.lastIndex = 0;
  return seen >= count;
}

export async function extractDocument(input: Uint8Array, limits: ResumeLimits): Promise<ExtractedDocument> {
  assertFileSize(input.byteLength, limits.maxBytes);
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const doc = await extractByKind(bytes, limits);
  if (doc.text.length > limits.maxTextChars) {
    throw new CareerCraftError(
      "too_large",
      `This file holds ${doc.text.length.toLocaleString("en")} characters of text, far more than a resume (up to ${limits.maxTextChars.toLocaleString("en")}). Please upload just your resume.`,
    );
  }
  if (!hasLetters(doc.text, 15)) throw new CareerCraftError("corrupt_input", noTextMessage(doc));
  return doc;
}
