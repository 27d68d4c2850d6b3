#!/usr/bin/env node
// The published command. It runs the compiled JavaScript in dist/ when that build is current
// (built by `npm install`; `npm run build` refreshes it): a cold `careercraft parse-resume`
// then starts without a TypeScript compiler in the process. When dist/ is missing or older
// than a source file, it registers tsx and runs the TypeScript sources, so an edit is never
// run stale.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/channels/cli/main.js", import.meta.url);
const earlyReader = new URL("../dist/channels/cli/early-reader.js", import.meta.url);
const built = existsSync(compiled);
// A dist/ built before early-reader.js existed (sources pulled since) has no such file.
const early = built && existsSync(earlyReader) ? await import(earlyReader.href) : undefined;
// A parse-resume run's reader thread (channels/cli/early-reader.ts) starts before the check
// below, which stats every source file: the thread loads on the other core meanwhile.
await early?.startReaderEarly(process.argv);
const { isStale } = await import("../scripts/build-js.mjs");
if (built && !isStale()) {
  await import(compiled.href);
} else {
  await early?.closeUnusedReader();
  const { register } = await import("tsx/esm/api");
  register();
  await import("../channels/cli/main.ts");
}
