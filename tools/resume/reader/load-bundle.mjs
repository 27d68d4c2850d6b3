// Loads the reader bundle (scripts/build-reader-bundle.mjs) as one CommonJS script through
// node:vm, with a V8 code cache kept beside it: Node 20 caches nothing for ES modules, and
// compiling the readers and pdfjs was the largest part of a cold `careercraft parse-resume`.
//
// The cache is made right after the bundle's top level ran, not after a read: measured on a
// cold parse-resume, a cache that also held every function a read compiled (2.0 MB) cost more
// to deserialise than compiling those functions lazily saved; the top-level one is 1.0 MB.
// It is written to a temporary name and renamed into place, in dist/ beside the bundle, which
// every build replaces whole, so a cache never outlives the bundle it was made from (V8 checks
// only the source's length). V8 rejects one from another Node version, and a fresh one is
// written. Where dist/ is read-only, the bundle is simply compiled each time.
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";

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
  if (cachedData === undefined || script.cachedDataRejected) saveCache(script, cacheFile);
  return module.exports;
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
