// Loads the reader bundle (scripts/build-reader-bundle.mjs) as one CommonJS script through
// node:vm, with a V8 code cache kept beside it: Node 20 caches nothing for ES modules, and
// compiling the readers and pdfjs was the largest part of a cold `careercraft parse-resume`.
//
// The cache is made after the thread's first read, when it holds the bytecode of every function
// a read runs (2.0 MB), not only the bundle's top level (1.0 MB): measured A/B on the same
// machine in one window (issue 14), a cold load plus first parse of a 2-page PDF took ~285 ms
// of CPU with the top-level cache and ~235 ms with the one made after a read (the larger cache
// deserialises in ~5 ms more and saves compiling the read's functions). A thread that loaded
// without a usable cache writes one after its first read (saveCache below), so only the first
// read after a build pays for it. The cache is written to a temporary name and renamed into
// place, in dist/ beside the bundle, which every build replaces whole, so a cache never
// outlives the bundle it was made from (V8 checks only the source's length). V8 rejects one
// from another Node version, and a fresh one is written. Where dist/ is read-only, the bundle
// is simply compiled each time.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

/**
 * The bundle's exports, and `saveCache`: writes the code cache now when this load had none it
 * could use (a no-op otherwise, and after its first call); the thread calls it after a read.
 */
export function loadBundle(file) {
  const cacheFile = `${file}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The CommonJS wrapper on the bundle's first line, so stack traces keep its line numbers.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`;
  // The bundle has no import(): its few separate libraries come through require.
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  let pending = cachedData === undefined || script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCache() {
      if (!pending) return;
      pending = false;
      saveCache(script, cacheFile);
    },
  };
}

function saveCache(script, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // Read-only install: no cache, the next start compiles again.
    rmSync(temporary, { force: true });
  }
}
