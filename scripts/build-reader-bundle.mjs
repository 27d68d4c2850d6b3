/**
 * Bundles what a resume-reader thread runs (tools/resume/reader/job.js, every parser it
 * imports, pdf-parse and pdfjs with its worker half) into one CommonJS file beside the
 * compiled job.js, so the thread can load it with a V8 code cache (reader/load-bundle.mjs).
 *
 * Why: Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22),
 * and compiling ~2.5 MB of JavaScript was the largest single cost of a cold
 * `careercraft parse-resume`. One script compiled through node:vm can reuse its code cache.
 *
 * Called by build-js.mjs on the compiled tree before it is swapped into dist/. Plain
 * JavaScript, like build-js.mjs: it must run before anything is built.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export const READER_BUNDLE = "tools/resume/reader/reader-bundle.cjs";

/** Libraries only some files need stay separate modules, loaded when such a file comes (DOCX, scans). */
const EXTERNAL = ["mammoth", "tesseract.js", "@napi-rs/canvas"];

/**
 * A bundled module's `import.meta.url` becomes its own file's URL (found from the bundle's
 * place), so the data files it reads beside itself (taxonomy, models) resolve as before.
 */
const ownUrlPlugin = (bundleDir) => ({
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const code = await readFile(args.path, "utf8");
      if (!code.includes("import.meta.url")) return undefined;
      const rel = JSON.stringify(path.relative(bundleDir, args.path).split(path.sep).join("/"));
      const url = `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${rel})).href`;
      return { contents: code.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
});

/** `tree`: a compiled tree laid out like dist/ (its .js files beside the sources). */
export async function buildReaderBundle(tree, root) {
  const { build } = await import("esbuild");
  const outfile = path.join(tree, READER_BUNDLE);
  const readerDir = path.dirname(outfile);
  const pdfjs = path.join(root, "node_modules/pdfjs-dist/legacy/build");
  await build({
    stdin: {
      // pdfjs's worker half runs in the same thread in Node; worker.mjs hands it over.
      contents: [
        `export * from "./job.js";`,
        `export * as pdfjsWorker from ${JSON.stringify(path.join(pdfjs, "pdf.worker.min.mjs"))};`,
      ].join("\n"),
      resolveDir: readerDir,
      sourcefile: "reader-entry.js",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: EXTERNAL,
    // import() of those libraries becomes require() (all three are CommonJS packages): a
    // script compiled through node:vm can import() only with an experimental vm option.
    supported: { "dynamic-import": false },
    // The minified build of the same pdfjs version: half the source to compile.
    alias: { "pdfjs-dist/legacy/build/pdf.mjs": path.join(pdfjs, "pdf.min.mjs") },
    plugins: [ownUrlPlugin(readerDir)],
    logLevel: "error",
  });
  return outfile;
}
