/**
 * PDF -> text through pdf-parse 2 (pdfjs inside), run in a worker thread
 * (pdf-thread.ts) so it stays fast and can be stopped at the time limit. Text comes
 * from positioned items laid out in reading order (pdf-layout.ts); a PDF with no text
 * layer (a scan) has its pages rendered and read by OCR. Encrypted, damaged and
 * over-long PDFs get a clear error.
 */
import { CareerCraftError } from "../../../data/errors.ts";
import { ocrImage } from "./ocr.ts";
import { layoutPage, type TextItem } from "./pdf-layout.ts";
import { readPdfInThread, type WorkerFailure, type WorkerPage, type WorkerResult } from "./pdf-thread.ts";

export interface PdfText {
  text: string;
  pages: number;
  columns: number;
  ocr: boolean;
  hidden: string[];
  ocrConfidence?: number;
}

function pdfError(error: WorkerFailure): CareerCraftError {
  if (error.name === "PasswordException") {
    return new CareerCraftError(
      "unsupported_type",
      "This PDF is password-protected, so it cannot be read. Please remove the password (or export an unprotected copy) and upload it again.",
      { details: error },
    );
  }
  return new CareerCraftError(
    "corrupt_input",
    "This PDF is damaged or not a real PDF, so no text could be read. Please export it again from your editor and upload the new file.",
    { details: error },
  );
}

function runWorker(
  data: Uint8Array,
  mode: "text" | "render",
  maxPages: number,
  timeoutMs: number,
): Promise<WorkerResult> {
  return readPdfInThread(data, mode, maxPages, timeoutMs, pdfError);
}

function toItems(page: WorkerPage): TextItem[] {
  return page.items.map((it) => {
    const [a, b, , , e, f] = it.transform;
    return { text: it.str, x: e, y: f, width: it.width, size: Math.hypot(a, b) || it.height };
  });
}

function tooManyPages(pages: number, maxPages: number): CareerCraftError {
  return new CareerCraftError(
    "too_large",
    `This PDF has ${pages} pages; resumes of up to ${maxPages} pages are accepted. Please upload a shorter version.`,
  );
}

export async function pdfText(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<PdfText> {
  const started = Date.now();
  const doc = await runWorker(new Uint8Array(bytes), "text", maxPages, timeoutMs);
  if (doc.numPages > maxPages) throw tooManyPages(doc.numPages, maxPages);
  const lines: string[] = [];
  const hidden: string[] = [];
  let columns = 1;
  for (const page of doc.pages) {
    const layout = layoutPage(toItems(page), page.width);
    lines.push(...layout.lines, "");
    hidden.push(...layout.hidden);
    columns = Math.max(columns, layout.columns);
  }
  const text = lines.join("\n").trim();
  if (text.replace(/\s/g, "").length >= 20) return { text, pages: doc.numPages, columns, ocr: false, hidden };
  // No text layer (a scan or a photo saved as PDF): render the pages and read them.
  const rendered = await runWorker(
    new Uint8Array(bytes),
    "render",
    maxPages,
    Math.max(1000, timeoutMs - (Date.now() - started)),
  );
  const texts: string[] = [];
  let confidence = 0;
  for (const shot of rendered.shots) {
    const page = await ocrImage(Buffer.from(shot));
    texts.push(page.text);
    confidence += page.confidence;
  }
  return {
    text: texts.join("\n\n").trim(),
    pages: doc.numPages,
    columns: 1,
    ocr: true,
    hidden,
    ocrConfidence: rendered.shots.length ? confidence / rendered.shots.length : 0,
  };
}
