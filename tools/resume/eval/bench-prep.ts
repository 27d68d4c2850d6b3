/**
 * Renders labelled dotin resumes the way the outside measurement does: resume-bench's own
 * prep.mjs (text, gold and one-column PDFs). Its pdfkit import has to resolve, so the
 * script is run from a copy inside this checkout's ignored output folder (the project's
 * pdfkit dev dependency is then found); the rendering is cached there, keyed by the
 * script's hash and the resumes rendered. Nothing lands in the repository.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_DIR } from "./bench-score.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const CACHE = path.join(repoRoot, "evals/out/resume-bench-prep");

/**
 * The prep.mjs output folder (txt/, gold/, pdfs/) for resumes `ids` of `srcDir` (one
 * `<id>.xml` each), rendered now or taken from the cache.
 */
export function preparedBench(srcDir: string, ids: string[]): string {
  const script = readFileSync(path.join(BENCH_DIR, "prep.mjs"));
  const key = createHash("sha256")
    .update(script)
    .update(path.resolve(srcDir))
    .update(ids.join(","))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(CACHE, key);
  const root = path.join(dir, "root");
  const stamp = path.join(dir, "done");
  if (existsSync(stamp)) return root;
  rmSync(dir, { recursive: true, force: true });
  const src = path.join(dir, "src");
  mkdirSync(src, { recursive: true });
  for (const id of ids) symlinkSync(path.resolve(srcDir, `${id}.xml`), path.join(src, `${id}.xml`));
  copyFileSync(path.join(BENCH_DIR, "prep.mjs"), path.join(dir, "prep.mjs"));
  execFileSync("node", [path.join(dir, "prep.mjs"), "--src", src, "--root", root], { stdio: "ignore" });
  writeFileSync(stamp, `${ids.length} resumes\n`);
  return root;
}
