/**
 * `npm run bench [-- name-filter...] [--out file.json]`: runs every bench/*.bench.ts
 * (or those whose file name contains a filter), prints a table and writes one JSON.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BenchContext, type BenchFile } from "./harness.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : path.join(here, "..", "bench-results.json");
const filters = args.filter((a, i) => !a.startsWith("--") && (outIndex < 0 || i !== outIndex + 1));

const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((flt) => f.includes(flt)))
  .sort();

const ctx = new BenchContext();
const failures: { file: string; error: string }[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  try {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: BenchFile };
    await mod.default(ctx);
  } catch (error) {
    failures.push({ file, error: error instanceof Error ? error.message : String(error) });
    process.stderr.write(`bench: ${file} failed: ${String(error)}\n`);
  }
}

mkdirSync(path.dirname(out!), { recursive: true });
writeFileSync(
  out!,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows: ctx.rows, failures }, null, 2)}\n`,
);
const p99 = (r: (typeof ctx.rows)[number]) =>
  typeof r.p99 === "number" ? Math.round(r.p99 * 1000) / 1000 : undefined;
console.table(
  ctx.rows.map((r) => ({ name: r.name, unit: r.unit, p50: r.p50, p95: r.p95, p99: p99(r), n: r.n })),
);
console.log(JSON.stringify(ctx.rows));
process.stderr.write(`bench: wrote ${out}\n`);
process.exit(failures.length > 0 ? 1 : 0);
