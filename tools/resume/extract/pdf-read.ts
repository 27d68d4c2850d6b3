/**
 * The pdf-parse (pdfjs) calls behind pdf.ts, run in the calling thread: untrusted resumes
 * are read on a reader thread (tools/resume/reader), whose time and memory limits stop a
 * PDF that makes pdfjs spin or swell.
 */
// First: keeps the engine's push and JSON.parse before pdfjs replaces them (see the file).
import "./native-builtins.ts";
import { PDFParse } from "pdf-parse";
import { restoreNativeBuiltins } from "./native-builtins.ts";
import { drawnText, type OperatorList, restoreSpaces } from "./pdf-spacing.ts";

export interface PdfPageItems {
  width: number;
  items: { str: string; transform: number[]; width: number; height: number; fontName?: string }[];
  /** The item strings carry the runs of spaces the page draws (pdf-spacing.ts). */
  spaced?: boolean;
}

export interface PdfPageSize {
  width: number;
  height: number;
}

export interface PdfReadResult {
  numPages: number;
  pages: PdfPageItems[];
  sizes: PdfPageSize[];
  shots: Uint8Array[];
}

export interface PdfReadRequest {
  data: Uint8Array;
  mode: "text" | "render";
  maxPages: number;
  /** Render mode: the scale of each page. */
  scales?: number[];
  /**
   * Text mode: whether a page's drawn spaces are worth reading (it costs a second pass
   * over the page, so pdf.ts asks only for pages written as a wall of text).
   */
  spacing?: (page: PdfPageItems) => boolean;
}

/** The part of pdfjs's document this file uses (pdf-parse does not export the type). */
interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(options: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{
      items: (
        | { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }
        | object
      )[];
    }>;
    /** annotationMode 0 (DISABLE): only the page's own content, as text content reads it. */
    getOperatorList(options: { annotationMode: number }): Promise<OperatorList>;
    cleanup(): void;
  }>;
}

/**
 * mode "text": positioned text and size (in points) of every page; "render": the pages
 * drawn at `scales[i]` as PNG images, the scales chosen by pdf.ts from the sizes the text
 * read returned, so an oversize page is refused before any pixel is drawn.
 */
export async function readPdf({
  data,
  mode,
  maxPages,
  scales = [],
  spacing,
}: PdfReadRequest): Promise<PdfReadResult> {
  const parser = new PDFParse({ data, verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  try {
    // pdf-parse keeps pdfjs's document behind load(); positioned text needs the document.
    const doc = await (parser as unknown as { load(): Promise<PdfjsDocument> }).load();
    // pdfjs and its worker half have loaded (and so replaced push and JSON.parse) by now.
    restoreNativeBuiltins();
    const result: PdfReadResult = { numPages: doc.numPages, pages: [], sizes: [], shots: [] };
    if (doc.numPages > maxPages) return result;
    if (mode === "render") {
      for (let n = 1; n <= doc.numPages; n++) {
        const shot = await parser.getScreenshot({
          partial: [n],
          scale: scales[n - 1],
          imageBuffer: true,
          imageDataUrl: false,
        });
        const image = shot.pages[0]?.data;
        if (image) result.shots.push(image);
      }
      return result;
    }
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      result.sizes.push({ width: viewport.width, height: viewport.height });
      {
        const content = await page.getTextContent();
        const items: PdfPageItems["items"] = [];
        for (const it of content.items) {
          if (!("str" in it) || typeof it.str !== "string" || !("transform" in it) || !it.transform) continue;
          items.push({
            str: it.str,
            transform: it.transform,
            width: it.width ?? 0,
            height: it.height ?? 0,
            fontName: "fontName" in it ? it.fontName : undefined,
          });
        }
        const read: PdfPageItems = { width: viewport.width, items };
        if (spacing?.(read)) {
          const ops = await page.getOperatorList({ annotationMode: 0 });
          const restored = restoreSpaces(
            items.map((i) => i.str),
            drawnText(ops),
          );
          if (restored) {
            restored.forEach((str, i) => {
              items[i]!.str = str;
            });
            read.spaced = true;
          }
        }
        result.pages.push(read);
      }
      page.cleanup();
    }
    return result;
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreNativeBuiltins();
  }
}
