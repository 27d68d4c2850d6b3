#!/usr/bin/env node
// The published command. It runs the compiled JavaScript in dist/ when that build is current
// (built by `npm install`; `npm run build` refreshes it): a cold `careercraft parse-resume`
// then starts without a TypeScript compiler in the process. When dist/ is missing or older
// than a source file, it registers tsx and runs the TypeScript sources, so an edit is never
// run stale.
import { existsSync } from "node:fs";
import { isStale } from "../scripts/build-js.mjs";

const compiled = new URL("../dist/channels/cli/main.js", import.meta.url);
if (existsSync(compiled) && !isStale()) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../channels/cli/main.ts");
}
