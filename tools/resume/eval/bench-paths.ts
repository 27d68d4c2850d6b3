/**
 * Both ways a resume arrives, measured from outside: each resume prep.mjs rendered is
 * parsed as its plain text (txt/) and as its PDF (pdfs/) with `parseResume`, and each
 * path is scored by resume-bench's rules (bench-score.ts) on one or more sets of ids.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseResume } from "../parse.ts";
import type { SkillExtractor } from "../skills-port.ts";
import { type BenchFields, BenchRun, linkGold } from "./bench-score.ts";
import { EVAL_NOW } from "./evaluate.ts";

export type ResumePath = "txt" | "pdf";

export interface PathScore {
  path: ResumePath;
  scope: string;
  fields: BenchFields;
  /** score.mjs's table, for people. */
  table: string;
  /** Median parse time of the path, ms (warm, in this process). */
  medianMs: number;
}

export interface ScorePathsOptions {
  /** The folder prep.mjs wrote (txt/, gold/, pdfs/). */
  root: string;
  /** Scope name -> the ids scored in it (every id is parsed once). */
  scopes: Record<string, string[]>;
  paths: ResumePath[];
  /** Where raw and shaped predictions are written (an ignored output folder). */
  out: string;
  skills: SkillExtractor | null;
}

const FOLDER: Record<ResumePath, string> = { txt: "txt", pdf: "pdfs" };

export async function scorePaths(options: ScorePathsOptions): Promise<PathScore[]> {
  const ids = [...new Set(Object.values(options.scopes).flat())];
  const file = (kind: ResumePath, id: string) =>
    readFileSync(path.join(options.root, FOLDER[kind], `${id}.${kind}`));
  const out: PathScore[] = [];
  for (const kind of options.paths) {
    const run = new BenchRun(options.out, kind);
    // Warm-up so the first resume does not carry module and taxonomy loading.
    if (ids[0]) await parseResume(file(kind, ids[0]), { now: EVAL_NOW, skills: options.skills });
    const times: number[] = [];
    for (const id of ids) {
      const bytes = file(kind, id);
      const t0 = performance.now();
      const parsed = await parseResume(bytes, { now: EVAL_NOW, skills: options.skills });
      times.push(performance.now() - t0);
      run.add(id, parsed, times[times.length - 1]);
    }
    times.sort((a, b) => a - b);
    for (const [scope, scoped] of Object.entries(options.scopes)) {
      const gold = linkGold(path.join(options.root, "gold"), scoped, path.join(options.out, `gold-${scope}`));
      const { table, report } = run.score(gold, `${kind}-${scope}`);
      out.push({
        path: kind,
        scope,
        fields: report.results.all,
        table,
        medianMs: times[Math.floor(times.length / 2)] ?? 0,
      });
    }
  }
  return out;
}
