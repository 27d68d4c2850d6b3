#!/usr/bin/env node
// The published command. It runs the compiled JavaScript in dist/ when that build is current
// (built by `npm install`; `npm run build` refreshes it): a cold `careercraft parse-resume`
// then starts without a TypeScript compiler in the process. When dist/ is missing or older
// than a source file, it registers tsx and runs the TypeScript sources, so an edit is never
// run stale.
import { existsSync } from "node:fs";
import { isStale } from "../scripts/build-js.mjs";

const compiled = new URL("../dist/channels/cli/main.js", import.meta.url);
const earlyReader = new URL("../dist/channels/cli/early-reader.js", import.meta.url);
const built = existsSync(compiled);
// Only parse-resume has a thread to start early (early-reader.ts checks the rest); other
// commands do not load it. A dist/ built before early-reader.js existed has no such file.
const early =
  built && process.argv[2] === "parse-resume" && existsSync(earlyReader)
    ? await import(earlyReader.href)
    : undefined;
// A parse-resume run's reader thread (channels/cli/early-reader.ts) starts before the check
// below, which stats every source file: the thread loads on the other core meanwhile.
await early?.startReaderEarly(process.argv);
if (built && !isStale()) {
  await import(compiled.href);
} else {
  await early?.closeUnusedReader();
  const { register } = await import("tsx/esm/api");
  register();
  await import("../channels/cli/main.ts");
}
