/**
 * The outside measurement's scoring (../shared/tools/resume-bench), as one function every
 * caller uses: the bench CLI (resume-bench.ts), the cross-validation script and the
 * resume-parsing eval suite. Parsed resumes are written as raw JSON, mapped to the
 * scorer's flat shape by the bench's own shape.py and scored by its score.mjs
 * (--skills-precision). Nothing from the shared folder is copied into the repository.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ParsedResume } from "../types.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const BENCH_DIR = path.resolve(repoRoot, "../shared/tools/resume-bench");

export const benchPresent = () => existsSync(path.join(BENCH_DIR, "score.mjs"));

/** score.mjs's JSON report: `results.all` holds the numbers this project reads. */
export interface BenchReport {
  results: { all: BenchFields };
}

export interface BenchFields {
  n: number;
  email: { f1: number };
  name: { accuracy: number };
  companies: { f1: number; precision: number; recall: number };
  designations: { f1: number; precision: number; recall: number };
  degrees: { f1: number; precision: number; recall: number };
  colleges: { f1: number; precision: number; recall: number };
  skills?: { recallMicro: number; listPrecision?: number };
}

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

const fresh = (dir: string) => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
};

/** A folder of links to the gold files of `ids`: the scorer scores every gold file it sees. */
export function linkGold(goldRoot: string, ids: string[], dir: string): string {
  fresh(dir);
  for (const id of ids) symlinkSync(path.resolve(goldRoot, `${id}.json`), path.join(dir, `${id}.json`));
  return dir;
}

/** The gold fields the scorer reads as skills (score.mjs: Tech Tools and Job Specific Skills). */
const SKILL_FIELDS = ["Tech Tools", "Job Specific Skills"];

/**
 * The ids whose gold names at least one skill. A resume nobody labelled skills in counts
 * every skill reported there as wrong, whatever the person wrote; list precision over the
 * resumes that have skill labels says how often a skill we report is one the labels hold.
 */
export function withSkillLabels(goldRoot: string, ids: string[]): string[] {
  return ids.filter((id) => {
    // prep.mjs writes { id, source, gold: { field: values } }, as score.mjs reads it.
    const file = JSON.parse(readFileSync(path.join(goldRoot, `${id}.json`), "utf8")) as {
      gold?: Record<string, unknown>;
    };
    const gold = file.gold ?? {};
    return SKILL_FIELDS.some((f) => Array.isArray(gold[f]) && (gold[f] as unknown[]).length > 0);
  });
}

/** Collects parsed resumes for one scoring run. */
export class BenchRun {
  readonly rawDir: string;
  constructor(
    readonly out: string,
    readonly label: string,
  ) {
    this.rawDir = path.join(out, `${label}-raw`);
    fresh(this.rawDir);
  }

  add(id: string, parsed: Omit<ParsedResume, "source"> | ParsedResume, parseMs?: number) {
    writeFileSync(
      path.join(this.rawDir, `${id}.json`),
      JSON.stringify({ ...parsed, text: undefined, _parseMs: parseMs }),
    );
  }

  /** Shapes and scores what was added; returns score.mjs's table and its JSON report. */
  score(goldDir: string, name = this.label): { table: string; report: BenchReport } {
    const flatDir = path.join(this.out, `${this.label}-flat`);
    fresh(flatDir);
    execFileSync("python3", ["-c", SHAPE, BENCH_DIR, this.rawDir, flatDir]);
    const jsonOut = path.join(this.out, `${name}.json`);
    const table = execFileSync(
      "node",
      [
        path.join(BENCH_DIR, "score.mjs"),
        "--pred",
        flatDir,
        "--gold",
        goldDir,
        "--skills-precision",
        "--label",
        name,
        "--json",
        jsonOut,
      ],
      { encoding: "utf8" },
    );
    return { table, report: JSON.parse(readFileSync(jsonOut, "utf8")) as BenchReport };
  }
}
