/**
 * Runs the outside measurement (../shared/tools/resume-bench) on this parser:
 *
 *   node --import tsx tools/resume/eval/resume-bench.ts --root <prep.mjs output> [--out DIR]
 *        [--split all|train|dev|test] [--path pdf|txt|both]
 *
 * `--root` is the folder `prep.mjs --root` wrote (txt/, gold/, pdfs/). Each file is parsed
 * in-process with `parseResume` (the function the reader pool runs), the result mapped to the
 * scorer's flat shape by the bench's own shape.py, and scored by its score.mjs with
 * --skills-precision. Nothing from the shared folder is copied into the repository.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSkillExtractor } from "../skills-port.ts";
import { type ResumePath, scorePaths } from "./bench-paths.ts";
import { BENCH_DIR, benchPresent } from "./bench-score.ts";
import { inSplit, type Split } from "./split.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const { values } = parseArgs({
  options: {
    root: { type: "string" },
    out: { type: "string", default: path.join(repoRoot, "evals/out/resume-bench") },
    split: { type: "string", default: "all" },
    path: { type: "string", default: "both" },
  },
});
if (!values.root || !existsSync(path.join(values.root, "gold"))) {
  console.error("usage: resume-bench.ts --root <folder written by resume-bench/prep.mjs> (needs gold/)");
  process.exit(2);
}
if (!benchPresent()) {
  console.error(`The resume bench is not at ${BENCH_DIR} (the shared folder is not in this checkout).`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
const root = values.root;
const out = values.out;
const split = values.split as Split | "dev" | "all";
const ids = readdirSync(path.join(root, "gold"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .filter((id) => inSplit([{ id }], split).length > 0);

const scores = await scorePaths({
  root,
  scopes: { [split]: ids },
  paths: values.path === "both" ? ["pdf", "txt"] : [values.path as ResumePath],
  out,
  skills: await loadSkillExtractor(),
});
for (const score of scores) console.log(score.table);
