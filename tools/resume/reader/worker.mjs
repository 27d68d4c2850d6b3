// Entry of a resume-reader thread (pool.ts). The readers' big plain-JavaScript libraries
// load first, before the TypeScript loader is registered: through the loader, pdfjs alone
// takes seconds instead of a fraction of one. pdfjs's own "worker" (it runs in this thread
// in Node) is handed over the same way instead of being imported on the first PDF. Then
// the TypeScript job module loads, and the readers run by module (job.ts), so a rewrite of
// a reader needs no change here.
//
// In the compiled build (dist/, where job.js sits beside this file) there is no TypeScript
// loader to dodge: the thread imports job.js directly and the readers load on first use.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pdfParse = require.resolve("pdf-parse");
// The minified build of the same pdfjs version: half the source to read and compile on
// every cold start (a CLI run pays it once per process).
const pdfjsWorker = createRequire(pdfParse).resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
const compiled = new URL("./job.js", import.meta.url);
let job;
if (existsSync(compiled)) {
  globalThis.pdfjsWorker = await import(pdfjsWorker);
  job = await import(compiled.href);
} else {
  const [, , worker] = await Promise.all([import("pdf-parse"), import("mammoth"), import(pdfjsWorker)]);
  globalThis.pdfjsWorker = worker;
  const { register } = await import("tsx/esm/api");
  register();
  job = await import("./job.ts");
}
const { runReadJob, warmReaders } = job;
await warmReaders();

export default runReadJob;
