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
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseResume } from "../parse.ts";
import { loadSkillExtractor } from "../skills-port.ts";
import { EVAL_NOW } from "./evaluate.ts";
import { inSplit, type Split } from "./split.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const benchDir = path.resolve(repoRoot, "../shared/tools/resume-bench");

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
if (!existsSync(path.join(benchDir, "score.mjs"))) {
  console.error(`The resume bench is not at ${benchDir} (the shared folder is not in this checkout).`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
const root = values.root;
const out = values.out;
const split = values.split as Split | "dev" | "all";
const ids = readdirSync(path.join(root, "gold"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .filter((id) => inSplit([{ id }], split).length > 0);

// The scorer scores every gold file in its folder: a split gets its own folder of links.
const goldDir = path.join(out, `gold-${split}`);
rmSync(goldDir, { recursive: true, force: true });
mkdirSync(goldDir, { recursive: true });
for (const id of ids) symlinkSync(path.resolve(root, "gold", `${id}.json`), path.join(goldDir, `${id}.json`));

const skills = await loadSkillExtractor();
const kinds = values.path === "both" ? ["pdf", "txt"] : [values.path as string];
const SHAPE = `
import json, os, sys
sys.path.insert(0, sys.argv[1])
from shape import to_shape
src, dst = sys.argv[2], sys.argv[3]
for f in os.listdir(src):
    d = json.load(open(os.path.join(src, f)))
    flat = to_shape(d)
    flat["_parseMs"] = d.get("_parseMs")
    json.dump(flat, open(os.path.join(dst, f), "w"))
`;
for (const kind of kinds) {
  const rawDir = path.join(out, `${kind}-raw`);
  const flatDir = path.join(out, `${kind}-flat`);
  for (const d of [rawDir, flatDir]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  const folder = kind === "pdf" ? "pdfs" : "txt";
  // Warm-up so the first file does not carry module and taxonomy loading.
  if (ids[0])
    await parseResume(readFileSync(path.join(root, folder, `${ids[0]}.${kind}`)), { now: EVAL_NOW, skills });
  for (const id of ids) {
    const bytes = readFileSync(path.join(root, folder, `${id}.${kind}`));
    const t0 = performance.now();
    const parsed = await parseResume(bytes, { now: EVAL_NOW, skills });
    const ms = performance.now() - t0;
    writeFileSync(
      path.join(rawDir, `${id}.json`),
      JSON.stringify({ ...parsed, text: undefined, _parseMs: ms }),
    );
  }
  execFileSync("python3", ["-c", SHAPE, benchDir, rawDir, flatDir]);
  const report = execFileSync(
    "node",
    [
      path.join(benchDir, "score.mjs"),
      "--pred",
      flatDir,
      "--gold",
      goldDir,
      "--skills-precision",
      "--label",
      `${kind} ${split}`,
      "--json",
      path.join(out, `${kind}-${split}.json`),
    ],
    { encoding: "utf8" },
  );
  console.log(report);
}
