/**
 * The compiled build's reader threads load one bundled script (scripts/build-reader-bundle.mjs,
 * reader/load-bundle.mjs) instead of the modules. The published command, which runs that
 * build, must read every kind of file exactly as the TypeScript sources do: a PDF, a two-column
 * PDF, a DOCX (mammoth stays a separate library), a scan and a photo (OCR: tesseract.js starts
 * its own worker from inside the bundle; this once failed only in the bundle).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { cli, REPO_ROOT } from "../../../test-support/cli.ts";
import {
  docxResume,
  pngPhoto,
  scannedPdf,
  twoColumnPdf,
  twoPagePdf,
} from "../../../test-support/fixtures/resume/index.ts";

const run = promisify(execFile);
// Plain JavaScript without type declarations (it runs before anything is built).
const buildScript: string = "../../../scripts/build-js.mjs";
const { isStale } = (await import(buildScript)) as { isStale(): boolean };
const bundle = path.join(REPO_ROOT, "dist/tools/resume/reader/reader-bundle.cjs");
// `npm ci` builds dist/ (the prepare script), so CI always runs this; a checkout edited since
// its last build would run the sources through bin/ too and compare them with themselves.
const built = existsSync(bundle) && !isStale();
if (!built) console.warn("bundle.test.ts skipped: dist/ is missing or stale; run `npm run build`");

const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function published(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["bin/careercraft.js", "parse-resume", file, "--json"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

describe.skipIf(!built)("the compiled reader bundle", { timeout: 240_000 }, () => {
  const files: [string, () => Buffer][] = [
    ["two-page.pdf", twoPagePdf],
    ["two-column.pdf", twoColumnPdf],
    ["resume.docx", docxResume],
    ["scan.pdf", scannedPdf],
    ["photo.png", pngPhoto],
  ];
  it.each(files)("reads %s exactly as the TypeScript sources do", async (name, make) => {
    const file = path.join(dir, name);
    writeFileSync(file, make());
    // One after the other: two OCR runs at once can pass the 60 s read limit on a busy machine.
    const fromBundle = await published(file);
    const fromSources = await cli("parse-resume", file, "--json");
    expect(fromSources.code).toBe(0);
    expect(JSON.parse(fromBundle)).toEqual(JSON.parse(fromSources.stdout));
  });
});
