// Runs pdf-parse (pdfjs) in a worker thread, started without the TypeScript loader:
// pdfjs is a few MB of JavaScript that the loader would slow to seconds, and a thread
// can be terminated when a hostile PDF makes pdfjs spin past the time limit. The thread
// stays up between requests so pdfjs loads once per process.
// Plain JavaScript on purpose (no loader in this thread); pdf-thread.ts is its typed caller.
import { parentPort } from "node:worker_threads";
import { PDFParse } from "pdf-parse";

async function read({ data, mode, maxPages }) {
  const parser = new PDFParse({ data, verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  try {
    // pdf-parse keeps pdfjs's document behind load(); positioned text needs the document.
    const doc = await parser.load();
    if (doc.numPages > maxPages) return { numPages: doc.numPages, pages: [], shots: [] };
    if (mode === "render") {
      const result = await parser.getScreenshot({ scale: 2, imageBuffer: true, imageDataUrl: false });
      return { numPages: doc.numPages, pages: [], shots: result.pages.map((p) => p.data) };
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (typeof it.str !== "string" || !it.transform) continue;
        items.push({ str: it.str, transform: it.transform, width: it.width ?? 0, height: it.height ?? 0 });
      }
      pages.push({ width: page.getViewport({ scale: 1 }).width, items });
      page.cleanup();
    }
    return { numPages: doc.numPages, pages, shots: [] };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

parentPort.on("message", (request) => {
  read(request).then(
    (result) => parentPort.postMessage({ id: request.id, ok: true, result }),
    (error) =>
      parentPort.postMessage({
        id: request.id,
        ok: false,
        error: { name: error?.name ?? "Error", message: String(error?.message ?? error) },
      }),
  );
});
