/**
 * Cold start of the published `careercraft` command (bin/careercraft.js, which registers
 * tsx): `--help`, and `parse-resume` on a 2-page text PDF (issue 3: whole process <= 2 s).
 * Each row carries wall time and the CPU milliseconds of the child process, because wall
 * time on a shared 2-core machine swings with everyone else's load while CPU does not.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { twoPagePdf } from "../test-support/fixtures/resume/index.ts";
import { type BenchContext, percentiles } from "./harness.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "careercraft.js");
const RUNS = 5;
// GNU time reports the child's user+system CPU; without it the rows carry wall time only.
const GNU_TIME = "/usr/bin/time";

interface Sample {
  wallMs: number;
  cpuMs?: number;
}

function runOnce(args: string[]): Sample {
  const timed = existsSync(GNU_TIME);
  const [command, argv] = timed
    ? [GNU_TIME, ["-f", "%U %S", process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  const t0 = performance.now();
  const child = spawnSync(command, argv, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wallMs = performance.now() - t0;
  if (child.status !== 0)
    throw new Error(`careercraft ${args.join(" ")} exited with ${child.status}: ${child.stderr}`);
  if (!timed) return { wallMs };
  const [user, sys] = (child.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  const cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? (user! + sys!) * 1000 : undefined;
  return { wallMs, cpuMs };
}

function recordRuns(ctx: BenchContext, name: string, args: string[]): void {
  // The first run fills tsx's transform cache (in the OS temp folder); every later start
  // of an installed CLI reads that cache, so it is not what a user waits for.
  runOnce(args);
  const samples = Array.from({ length: RUNS }, () => runOnce(args));
  const cpu = samples.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
  const cpuPercentiles = cpu.length ? percentiles(cpu) : undefined;
  ctx.record({
    name,
    unit: "ms",
    ...percentiles(samples.map((s) => s.wallMs)),
    n: samples.length,
    ...(cpuPercentiles
      ? { cpuMsP50: Math.round(cpuPercentiles.p50), cpuMsP95: Math.round(cpuPercentiles.p95) }
      : {}),
  });
}

export default async function cliBench(ctx: BenchContext): Promise<void> {
  recordRuns(ctx, "cli: careercraft --help cold process", ["--help"]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-cli-bench-"));
  try {
    const file = path.join(dir, "resume.pdf");
    writeFileSync(file, twoPagePdf());
    recordRuns(ctx, "cli: careercraft parse-resume 2-page text PDF cold process (target 2000)", [
      "parse-resume",
      file,
      "--json",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
