/**
 * PDF -> text through pdf-parse 2 (pdfjs inside). Text comes from positioned items laid
 * out in reading order (pdf-layout.ts); a PDF with no text layer (a scan) has its pages
 * rendered and read by OCR. Encrypted, damaged and over-long PDFs get a clear error.
 */
import { PDFParse } from "pdf-parse";
import { CareerCraftError } from "../../../data/errors.ts";
import { ocrImage } from "./ocr.ts";
import { layoutPage, type TextItem } from "./pdf-layout.ts";

/** The part of pdfjs's document proxy this module reads. */
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: { str?: string; transform?: number[]; width?: number; height?: number }[] }>;
  cleanup(): void;
}

export interface PdfText {
  text: string;
  pages: number;
  columns: number;
  ocr: boolean;
  hidden: string[];
  ocrConfidence?: number;
}

function pdfError(error: unknown): CareerCraftError {
  const name = (error as Error)?.name ?? "";
  if (name === "PasswordException") {
    return new CareerCraftError(
      "unsupported_type",
      "This PDF is password-protected, so it cannot be read. Please remove the password (or export an unprotected copy) and upload it again.",
      { cause: error },
    );
  }
  return new CareerCraftError(
    "corrupt_input",
    "This PDF is damaged or not a real PDF, so no text could be read. Please export it again from your editor and upload the new file.",
    { cause: error },
  );
}

async function loadDocument(parser: PDFParse): Promise<PdfDoc> {
  // pdf-parse keeps pdfjs's document behind `load()`; positioned text needs the document itself.
  return (parser as unknown as { load(): Promise<PdfDoc> }).load();
}

async function pageItems(page: PdfPage): Promise<TextItem[]> {
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const it of content.items) {
    if (typeof it.str !== "string" || !it.transform) continue;
    const [a, b, , , e, f] = it.transform;
    const size = Math.hypot(a, b) || it.height || 0;
    items.push({ text: it.str, x: e, y: f, width: it.width ?? 0, size });
  }
  return items;
}

export async function pdfText(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  try {
    let doc: PdfDoc;
    try {
      doc = await loadDocument(parser);
    } catch (error) {
      throw pdfError(error);
    }
    if (doc.numPages > maxPages) {
      throw new CareerCraftError(
        "too_large",
        `This PDF has ${doc.numPages} pages; resumes of up to ${maxPages} pages are accepted. Please upload a shorter version.`,
      );
    }
    const lines: string[] = [];
    const hidden: string[] = [];
    let columns = 1;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const layout = layoutPage(await pageItems(page), page.getViewport({ scale: 1 }).width);
      page.cleanup();
      lines.push(...layout.lines, "");
      hidden.push(...layout.hidden);
      columns = Math.max(columns, layout.columns);
    }
    const text = lines.join("\n").trim();
    // No text layer (a scan or a photo saved as PDF): render the pages and read them.
    if (text.replace(/\s/g, "").length < 20 * Math.min(doc.numPages, 1)) {
      return await ocrPdf(parser, doc.numPages, hidden);
    }
    return { text, pages: doc.numPages, columns, ocr: false, hidden };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function ocrPdf(parser: PDFParse, pages: number, hidden: string[]): Promise<PdfText> {
  const shots = await parser.getScreenshot({ scale: 2, imageBuffer: true, imageDataUrl: false });
  const texts: string[] = [];
  let confidence = 0;
  for (const shot of shots.pages) {
    const page = await ocrImage(Buffer.from(shot.data));
    texts.push(page.text);
    confidence += page.confidence;
  }
  return {
    text: texts.join("\n\n").trim(),
    pages,
    columns: 1,
    ocr: true,
    hidden,
    ocrConfidence: shots.pages.length ? confidence / shots.pages.length : 0,
  };
}
