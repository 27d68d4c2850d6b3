// Entry of a resume-reader thread (pool.ts). The readers' big plain-JavaScript libraries
// load first, before the TypeScript loader is registered: through the loader, pdfjs alone
// takes seconds instead of a fraction of one. Then the TypeScript job module loads, and
// the readers run by module (job.ts), so a rewrite of a reader needs no change here.
await Promise.all([import("pdf-parse"), import("mammoth")]);
const { register } = await import("tsx/esm/api");
register();
const { runReadJob } = await import("./job.ts");

export default runReadJob;
