#!/usr/bin/env node
/**
 * Compiles the TypeScript sources to JavaScript in dist/ (run by `npm install` through
 * the `prepare` script, and by `npm start` whenever a source is newer than the last build),
 * so the service starts without compiling TypeScript at run time.
 *
 * dist/ mirrors the project: every source file is hard-linked there (data files, worker
 * scripts, the widget's sources that are bundled at run time) and every .ts file gets a
 * .js beside it, with relative `.ts` imports rewritten to `.js`. Paths that modules build
 * from import.meta.url therefore resolve inside dist/ exactly as they do in the sources.
 * Plain JavaScript, no TypeScript runner: it must work before anything is built.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");
export const STAMP = path.join(DIST, ".build-stamp");

/** Folders that are not part of the running program (or are outputs). */
const SKIP_DIRS = new Set([
  "node_modules",
  ".git",
  "dist",
  ".careercraft",
  "test-artifacts",
  "coverage",
  "evals/out",
  "bench",
  "test-support",
  ".ci",
]);

const isTest = (file) => /\.test\.ts$/.test(file);

/** Every source file to mirror, relative to the root, and the newest modification time. */
export function sourceFiles() {
  const files = [];
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.name.startsWith(".") && entry.name !== ".") continue;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(rel)) walk(rel);
        continue;
      }
      if (!entry.isFile() || isTest(rel) || rel.endsWith(".log")) continue;
      files.push(rel);
      newest = Math.max(newest, statSync(path.join(ROOT, rel)).mtimeMs);
    }
  };
  walk("");
  return { files, newest };
}

/** True when dist/ is missing or older than a source file. */
export function isStale() {
  if (!existsSync(STAMP)) return true;
  return sourceFiles().newest > statSync(STAMP).mtimeMs;
}

const RELATIVE_TS = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"'\n]*?)\.ts\2/g;

/**
 * Data the compiled build reads in a ready form instead of working it out on every cold
 * start (issue 14): the resume labeller's weights packed from model.json, the skill taxonomy's
 * rows, matcher tables and ESCO lookup rows as blocks of lines searched in place (a skill
 * parsed when asked for; data/taxonomy/sorted-lines.ts), and ICU's language names. Made from the compiled tree's own modules, so the formats have one definition; a
 * retrained model.json is packed by the next build. Without them the code reads the sources'
 * forms: slower, not broken.
 */
async function writeCompiledData(tree) {
  const compiled = (rel) => import(pathToFileURL(path.join(tree, rel)).href);
  try {
    const { writePackedModel } = await compiled("tools/resume/labeller/packed.js");
    const dir = path.join(tree, "tools/resume/labeller");
    writePackedModel(path.join(dir, "model.json"), path.join(dir, "model.bin"));
    const { writePackedMatcher, writePackedTaxonomy } = await compiled("data/taxonomy/packed.js");
    const taxonomy = path.join(tree, "data/taxonomy");
    writePackedTaxonomy(path.join(taxonomy, "taxonomy.json"), path.join(taxonomy, "taxonomy.packed"));
    writePackedMatcher(path.join(taxonomy, "matcher.json"), path.join(taxonomy, "matcher.packed"));
    const { writePackedLookupOnly } = await compiled("data/taxonomy/lookup-only.js");
    writePackedLookupOnly(path.join(taxonomy, "esco-lookup.json"), path.join(taxonomy, "esco-lookup.packed"));
    const { writeLanguageNames } = await compiled("tools/resume/fields/spoken-languages.js");
    writeLanguageNames(path.join(tree, "tools/resume/fields/language-names.json"));
  } catch (error) {
    process.stderr.write(
      `careercraft: compiled data not written (${error.message}); cold resume reads are slower\n`,
    );
  }
}

export async function build({ quiet = false } = {}) {
  const started = performance.now();
  const { transform } = await import("esbuild");
  const { files } = sourceFiles();
  // Built aside and swapped in, so a process starting meanwhile never sees half a dist/.
  const out = `${DIST}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  let compiled = 0;
  await Promise.all(
    files.map(async (rel) => {
      const from = path.join(ROOT, rel);
      const to = path.join(out, rel);
      mkdirSync(path.dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      if (!rel.endsWith(".ts")) return;
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(from, "utf8");
      const { code } = await transform(source, {
        loader: "ts",
        format: "esm",
        platform: "node",
        target: "node20",
        sourcefile: rel,
      });
      writeFileSync(to.replace(/\.ts$/, ".js"), code.replace(RELATIVE_TS, "$1$2$3.js$2"));
      compiled++;
    }),
  );
  await writeCompiledData(out);
  // Without the bundle the reader threads load job.js module by module: slower, not broken.
  try {
    const { buildReaderBundle } = await import("./build-reader-bundle.mjs");
    await buildReaderBundle(out, ROOT);
  } catch (error) {
    process.stderr.write(`careercraft: no reader bundle (${error.message}); cold resume reads are slower\n`);
  }
  writeFileSync(path.join(out, ".build-stamp"), `${new Date().toISOString()}\n`);
  rmSync(DIST, { recursive: true, force: true });
  renameSync(out, DIST);
  if (!quiet)
    process.stderr.write(
      `careercraft: compiled ${compiled} TypeScript files to dist/ in ${Math.round(performance.now() - started)} ms\n`,
    );
  // A fresh data folder starts from this snapshot (data/db/template.ts); made once per set of migrations.
  // Without it the service still starts, only a fresh data folder takes longer: never fail the install.
  try {
    const { ensureTemplate } = await import(pathToFileURL(path.join(DIST, "data/db/template.js")).href);
    const template = await ensureTemplate();
    if (template.made && !quiet)
      process.stderr.write(`careercraft: made the database snapshot ${path.relative(ROOT, template.file)}\n`);
  } catch (error) {
    process.stderr.write(
      `careercraft: no database snapshot (${error.message}); fresh data folders initialise slowly\n`,
    );
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  await build();
}
