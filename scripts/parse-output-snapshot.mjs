#!/usr/bin/env node
/**
 * Guards a change to how the reader loads its data (packed formats, the reader bundle, lazy
 * loading; issue 14's cold start): writes what a built tree's parse-resume gives for every PDF
 * of a folder, so two builds (main's and a branch's) can be compared byte for byte.
 *
 *   node scripts/parse-output-snapshot.mjs --tree <checkout with dist/> --pdfs <folder> --out <folder> [--cli 12]
 *   node scripts/parse-output-snapshot.mjs --compare <out A> <out B>
 *
 * Every PDF is read by the tree's own reader pool (dist/tools/resume/reader/pool.js, the code
 * `careercraft parse-resume` runs) in one thread, written as the command's --json prints it;
 * the first `--cli` files are also run through the tree's bin/careercraft.js as separate
 * processes (each a cold start, the path the lazy loads take). The PDFs: the labelled resumes
 * rendered by ../shared/tools/resume-bench/prep.mjs (tools/resume/eval/bench-prep.ts).
 * Plain JavaScript: it runs against any built tree, an older one included.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    tree: { type: "string" },
    pdfs: { type: "string" },
    out: { type: "string" },
    cli: { type: "string", default: "12" },
    compare: { type: "boolean", default: false },
  },
});

const asJson = (parsed) => `${JSON.stringify(parsed, null, 2)}\n`;

async function snapshot(tree, pdfDir, out) {
  const files = readdirSync(pdfDir)
    .filter((f) => f.endsWith(".pdf"))
    .sort();
  mkdirSync(path.join(out, "pool"), { recursive: true });
  mkdirSync(path.join(out, "cli"), { recursive: true });
  const pool = path.join(tree, "dist/tools/resume/reader/pool.js");
  const { createResumeReader } = await import(pathToFileURL(pool).href);
  const reader = createResumeReader({ threads: 1, warm: false });
  try {
    for (const file of files) {
      const parsed = await reader.read("snapshot", readFileSync(path.join(pdfDir, file)));
      writeFileSync(path.join(out, "pool", `${file}.json`), asJson(parsed));
    }
  } finally {
    await reader.close();
  }
  const bin = path.join(tree, "bin/careercraft.js");
  for (const file of files.slice(0, Number(values.cli))) {
    const stdout = execFileSync(process.execPath, [bin, "parse-resume", path.join(pdfDir, file), "--json"], {
      cwd: tree,
      encoding: "utf8",
    });
    writeFileSync(path.join(out, "cli", `${file}.json`), stdout);
  }
  console.log(
    `${files.length} read in one thread, ${Math.min(files.length, Number(values.cli))} by the command`,
  );
}

function compare(a, b) {
  let same = 0;
  const differ = [];
  for (const kind of ["pool", "cli"]) {
    const left = readdirSync(path.join(a, kind)).sort();
    const right = readdirSync(path.join(b, kind)).sort();
    if (left.join() !== right.join()) differ.push(`${kind}: different file lists`);
    for (const file of left) {
      const x = readFileSync(path.join(a, kind, file));
      let y;
      try {
        y = readFileSync(path.join(b, kind, file));
      } catch {
        continue;
      }
      if (x.equals(y)) same++;
      else differ.push(`${kind}/${file}`);
    }
  }
  console.log(
    `${same} identical, ${differ.length} differ${differ.length ? `:\n  ${differ.join("\n  ")}` : ""}`,
  );
  process.exitCode = differ.length ? 1 : 0;
}

if (values.compare && positionals.length === 2) compare(positionals[0], positionals[1]);
else if (values.tree && values.pdfs && values.out) await snapshot(values.tree, values.pdfs, values.out);
else {
  console.error(
    "usage: parse-output-snapshot.mjs --tree DIR --pdfs DIR --out DIR [--cli N] | --compare OUT_A OUT_B",
  );
  process.exitCode = 2;
}
