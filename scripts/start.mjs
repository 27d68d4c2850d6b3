#!/usr/bin/env node
/**
 * `npm start`: runs the compiled service from dist/ (built by `npm install`), first
 * recompiling when a source file changed since the last build, so an edit is never run
 * stale. Without esbuild (a production install that skipped dev packages) it falls back
 * to compiling TypeScript at run time with tsx, which is slower to start.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build, DIST, isStale } from "./build-js.mjs";

let entry = DIST;
if (isStale()) {
  try {
    await build();
  } catch (error) {
    process.stderr.write(
      `careercraft: could not compile to dist/ (${error.message}); running the TypeScript sources\n`,
    );
    await import("tsx/esm");
    entry = path.resolve(DIST, "..");
  }
}
const ext = entry === DIST ? "js" : "ts";
const { loadConfig } = await import(pathToFileURL(path.join(entry, `config.${ext}`)).href);
const { runUntilSignal, exitWithStartupError } = await import(
  pathToFileURL(path.join(entry, `main.${ext}`)).href
);
try {
  await runUntilSignal(loadConfig());
} catch (error) {
  exitWithStartupError(error);
}
