// Entry of a resume-reader thread (pool.ts). The readers' big plain-JavaScript libraries
// load first, before the TypeScript loader is registered: through the loader, pdfjs alone
// takes seconds instead of a fraction of one. pdfjs's own "worker" (it runs in this thread
// in Node) is handed over the same way instead of being imported on the first PDF. Then
// the TypeScript job module loads, and the readers run by module (job.ts), so a rewrite of
// a reader needs no change here.
//
// In the compiled build (dist/) there is no TypeScript loader to dodge: the thread loads the
// reader bundle (job.js with every reader and pdfjs in one script, built by
// scripts/build-reader-bundle.mjs) with its V8 code cache (load-bundle.mjs), which the
// thread writes after its first read when there was none.
//
// The pool's `warm: false` (a one-shot CLI read) skips the warm-up parse: with one file to
// read, its loading is paid by that file anyway, and the warm-up's own parse is extra.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";

// Before pdfjs loads: the engine's push and JSON.parse, which pdfjs's core-js replaces and
// readPdf puts back (tools/resume/extract/native-builtins.ts, same key).
globalThis[Symbol.for("careercraft.nativeBuiltins")] ??= { push: Array.prototype.push, parse: JSON.parse };

const warm = workerData?.[1]?.warm !== false;
const bundle = fileURLToPath(new URL("./reader-bundle.cjs", import.meta.url));
const compiled = new URL("./job.js", import.meta.url);
let job;
/** Writes the bundle's code cache after the first read, when there was none (load-bundle.mjs). */
let saveCodeCache = () => {};
if (existsSync(bundle)) {
  const { loadBundle } = await import("./load-bundle.mjs");
  const loaded = loadBundle(bundle);
  job = loaded.exports;
  saveCodeCache = loaded.saveCache;
  globalThis.pdfjsWorker = job.pdfjsWorker;
} else if (existsSync(compiled)) {
  // A compiled tree whose bundle failed to build: the modules one by one, no code cache.
  globalThis.pdfjsWorker = await import(pdfjsWorkerPath());
  job = await import(compiled.href);
} else {
  const [, , worker] = await Promise.all([import("pdf-parse"), import("mammoth"), import(pdfjsWorkerPath())]);
  globalThis.pdfjsWorker = worker;
  const { register } = await import("tsx/esm/api");
  register();
  job = await import("./job.ts");
}
const { runReadJob, warmReaders } = job;

/** The minified build of pdf-parse's pdfjs version: half the source to read and compile. */
function pdfjsWorkerPath() {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve("pdf-parse")).resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
}
if (warm) await warmReaders();

export default async function readJob(task) {
  try {
    return await runReadJob(task);
  } finally {
    // Before the result goes back: a one-shot CLI ends the thread as soon as it has it.
    saveCodeCache();
  }
}
