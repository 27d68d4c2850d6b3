/**
 * PDF -> text through pdf-parse 2 (pdfjs inside, pdf-read.ts). Text comes from positioned
 * items laid out in reading order (pdf-layout.ts); a PDF with no text layer (a scan) has
 * its pages rendered and read by OCR, at a scale chosen from the page sizes so no page is
 * drawn past the pixel limits. Encrypted, damaged, over-long and oversize PDFs get a clear
 * error. Runs in the caller's thread: the reader pool (tools/resume/reader) bounds time.
 */
import { CareerCraftError } from "../../../data/errors.ts";
import type { ResumeLimits } from "./limits.ts";
import { ocrImage } from "./ocr.ts";
import { layoutPage, type PageLayout, type TextItem } from "./pdf-layout.ts";
import { type PdfPageItems, type PdfPageSize, readPdf } from "./pdf-read.ts";

export interface PdfText {
  text: string;
  pages: number;
  columns: number;
  ocr: boolean;
  hidden: string[];
  ocrConfidence?: number;
}

export type PdfLimits = Pick<ResumeLimits, "maxPages" | "maxRenderPixels" | "maxImagePixels">;

function pdfError(error: unknown): CareerCraftError {
  const name = (error as Error)?.name;
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

async function read(request: Parameters<typeof readPdf>[0]) {
  try {
    return await readPdf(request);
  } catch (error) {
    throw pdfError(error);
  }
}

function toItems(page: PdfPageItems): TextItem[] {
  return page.items.map((it) => {
    const [a = 0, b = 0, , , e = 0, f = 0] = it.transform;
    return {
      text: it.str,
      x: e,
      y: f,
      width: it.width,
      size: Math.hypot(a, b) || it.height,
      font: it.fontName,
    };
  });
}

function tooManyPages(pages: number, maxPages: number): CareerCraftError {
  return new CareerCraftError(
    "too_large",
    `This PDF has ${pages} pages; resumes of up to ${maxPages} pages are accepted. Please upload a shorter version.`,
  );
}

const inches = (points: number) => Math.round(points / 72);

/** OCR reads text drawn at 144 dpi well; under 72 dpi (scale 1) it reads almost nothing. */
const PREFERRED_SCALE = 2;
const MIN_SCALE = 1;

/**
 * The scale each scanned page is rendered at: the preferred one, lowered so a page stays
 * under `maxRenderPixels` and all pages together under `maxImagePixels`. A page that
 * would need less than MIN_SCALE is refused as too large, before anything is drawn.
 */
export function renderScales(sizes: PdfPageSize[], limits: PdfLimits): number[] {
  let scales = sizes.map(({ width, height }) =>
    Math.min(PREFERRED_SCALE, Math.sqrt(limits.maxRenderPixels / Math.max(1, width * height))),
  );
  const total = sizes.reduce((sum, s, i) => sum + s.width * s.height * scales[i]! ** 2, 0);
  if (total > limits.maxImagePixels) {
    const shrink = Math.sqrt(limits.maxImagePixels / total);
    scales = scales.map((s) => s * shrink);
  }
  const worst = scales.findIndex((s) => s < MIN_SCALE);
  if (worst >= 0) {
    const { width, height } = sizes[worst]!;
    throw new CareerCraftError(
      "too_large",
      `This PDF has no text layer, and its pages are too large to read as a scan (page ${worst + 1} is ${inches(width)} x ${inches(height)} inches; resume pages are letter or A4). Please export it as a PDF with text, or at a normal page size.`,
    );
  }
  return scales;
}

export async function pdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  // Each page's layout, made to decide on spacing: reused below unless the spaces changed it.
  const layouts = new WeakMap<PdfPageItems, PageLayout>();
  const doc = await read({
    data: new Uint8Array(bytes),
    mode: "text",
    maxPages: limits.maxPages,
    // A wall of text keeps its structure only in runs of spaces: read them for such pages.
    spacing: (page) => {
      const layout = layoutPage(toItems(page), page.width);
      layouts.set(page, layout);
      return layout.wall;
    },
  });
  if (doc.numPages > limits.maxPages) throw tooManyPages(doc.numPages, limits.maxPages);
  const lines: string[] = [];
  const hidden: string[] = [];
  let columns = 1;
  for (const page of doc.pages) {
    const layout =
      (!page.spaced && layouts.get(page)) || layoutPage(toItems(page), page.width, { spaced: page.spaced });
    lines.push(...layout.lines, "");
    hidden.push(...layout.hidden);
    columns = Math.max(columns, layout.columns);
  }
  const text = lines.join("\n").trim();
  if (text.replace(/\s/g, "").length >= 20) return { text, pages: doc.numPages, columns, ocr: false, hidden };
  // No text layer (a scan or a photo saved as PDF): render the pages and read them.
  const scales = renderScales(doc.sizes, limits);
  const rendered = await read({
    data: new Uint8Array(bytes),
    mode: "render",
    maxPages: limits.maxPages,
    scales,
  });
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
