/**
 * pdfjs-dist's legacy build (the one pdf-parse runs on Node 20) carries core-js, which on
 * import replaces Array.prototype.push and JSON.parse for the whole process with JavaScript
 * versions (they fix corner cases nothing here relies on: push onto a frozen length, and the
 * source text a JSON reviver may ask for). Every push and JSON.parse in the process then runs
 * slower (core-js also makes Function.prototype.toString call its versions native), the
 * resume parser's included: a warm parse cost ~15% more CPU (issue 14). This
 * file keeps the engine's own two functions from before pdfjs loads, and readPdf puts them
 * back once pdfjs (and its worker half) have loaded. The reader thread keeps them first
 * thing (worker.mjs), under the same global key, since it loads pdfjs before this file.
 */
const KEY = Symbol.for("careercraft.nativeBuiltins");

interface NativeBuiltins {
  push: typeof Array.prototype.push;
  parse: typeof JSON.parse;
}

const store = globalThis as unknown as { [KEY]?: NativeBuiltins };
store[KEY] ??= { push: Array.prototype.push, parse: JSON.parse };

/** Puts the engine's push and JSON.parse back where a library replaced them (no-op otherwise). */
export function restoreNativeBuiltins(): void {
  const kept = store[KEY];
  if (!kept) return;
  // Kept before pdfjs loaded, so the engine's (putting back a replacement kept by mistake,
  // had pdfjs loaded first, would change nothing).
  if (Array.prototype.push !== kept.push)
    Object.defineProperty(Array.prototype, "push", { value: kept.push, writable: true, configurable: true });
  if (JSON.parse !== kept.parse)
    Object.defineProperty(JSON, "parse", { value: kept.parse, writable: true, configurable: true });
}
