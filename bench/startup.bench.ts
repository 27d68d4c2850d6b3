/**
 * `npm start` to ready: a fresh data folder (starts from the migrated snapshot) and an
 * existing one, measured as the person sees it (wall time to the ready line) and as CPU
 * time of the process until then (read from /proc), which a busy machine distorts less.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "./harness.ts";
import { percentiles } from "./harness.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TICKS_PER_SECOND = 100;

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function startOnce(dataDir: string): Promise<{ wallMs: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: "0",
        DATABASE_URL: "",
        REDIS_URL: "",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    // Once ready it is stopped with one SIGTERM (a second one means "exit now" to the
    // service); later output (its shutdown lines) must not signal it again.
    let ready: { wallMs: number; cpuMs: number } | undefined;
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!ready && out.includes("CareerCraft is ready at")) {
        ready = { wallMs: performance.now() - t0, cpuMs: cpuSeconds(child.pid!) * 1000 };
        child.kill("SIGTERM");
      }
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.once("exit", (code) =>
      ready && code === 0
        ? resolve(ready)
        : reject(new Error(`exited ${code} (ready: ${Boolean(ready)}): ${out}`)),
    );
  });
}

export default async function startup(ctx: BenchContext): Promise<void> {
  const runs = Number(process.env.STARTUP_RUNS ?? 3);
  for (const kind of ["fresh", "warm"] as const) {
    const wall: number[] = [];
    const cpu: number[] = [];
    const warmDir = mkdtempSync(path.join(tmpdir(), "cc-startup-"));
    if (kind === "warm") await startOnce(warmDir);
    for (let i = 0; i < runs; i++) {
      const dir = kind === "fresh" ? mkdtempSync(path.join(tmpdir(), "cc-startup-")) : warmDir;
      const r = await startOnce(dir);
      wall.push(r.wallMs);
      cpu.push(r.cpuMs);
      if (kind === "fresh") rmSync(dir, { recursive: true, force: true });
    }
    rmSync(warmDir, { recursive: true, force: true });
    ctx.record({
      name: `npm start to ready, ${kind} data folder (wall)`,
      unit: "ms",
      ...percentiles(wall),
      n: runs,
    });
    ctx.record({
      name: `npm start to ready, ${kind} data folder (CPU)`,
      unit: "ms",
      ...percentiles(cpu),
      n: runs,
    });
  }
}
