/**
 * The first interview-question search of a process (the trial saw 4-14 s on a loaded
 * machine): a fresh node process on a PGlite data folder whose bank is already stored,
 * searching straight away ("cold"), after the start-up warm-up finished ("warmed"), or after
 * the warm-up start-up ran before (the bank synced only, "bank-only").
 * Each phase is a row: opening the database, loading the interview service, the warm-up,
 * the interview context, the first search and a second one. Reported from fresh processes
 * because a module loaded once stays loaded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "./harness.ts";
import { percentiles } from "./harness.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHILD = path.join(ROOT, "bench", "first-question-search-child.ts");

function runChild(dataDir: string, kind: string): Record<string, number> {
  const out = execFileSync(process.execPath, ["--import", "tsx", CHILD, dataDir, kind], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
}

export default async function firstQuestionSearch(ctx: BenchContext): Promise<void> {
  const runs = Number(process.env.FIRST_SEARCH_RUNS ?? 3);
  const dir = mkdtempSync(path.join(tmpdir(), "cc-first-search-"));
  try {
    // The first run stores the bank (as the start-up of a fresh install does); not measured.
    runChild(dir, "warmed");
    for (const kind of ["cold", "bank-only", "warmed"]) {
      const samples: Record<string, number>[] = [];
      for (let i = 0; i < runs; i++) samples.push(runChild(dir, kind));
      for (const phase of Object.keys(samples[0]!)) {
        if (kind === "cold" && phase === "warmUp") continue;
        ctx.record({
          name: `first question search (${kind}): ${phase}`,
          unit: "ms",
          ...percentiles(samples.map((s) => s[phase]!)),
          n: runs,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
