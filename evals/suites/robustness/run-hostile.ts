/**
 * Runs the hostile cases in a child process with a time limit per case. A case that
 * runs past the limit fails ("no answer within N s"), the child is stopped and a new
 * one continues with the remaining cases.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { HOSTILE_CASES, type HostileOutcome } from "./hostile.ts";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "hostile-worker.ts");

export async function runHostileCases(
  repoRoot: string,
  options: { timeoutMs?: number; names?: string[] } = {},
): Promise<(HostileOutcome & { ms?: number })[]> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  let remaining = options.names ?? HOSTILE_CASES.map((c) => c.name);
  const results: (HostileOutcome & { ms?: number })[] = [];
  while (remaining.length > 0) {
    const batch = remaining;
    const done = await runBatch(repoRoot, batch, timeoutMs);
    results.push(...done.outcomes);
    if (done.timedOut) {
      results.push({
        name: done.timedOut,
        passed: false,
        detail: `no answer within ${timeoutMs / 1000} s — the parser is still working on it`,
        ms: timeoutMs,
      });
    }
    const finished = new Set(results.map((r) => r.name));
    remaining = batch.filter((n) => !finished.has(n));
    if (!done.timedOut && remaining.length > 0) {
      throw new Error(`hostile-input worker stopped early: ${done.stderr.slice(-400) || "no output"}`);
    }
  }
  return results;
}

function runBatch(
  repoRoot: string,
  names: string[],
  timeoutMs: number,
): Promise<{ outcomes: (HostileOutcome & { ms?: number })[]; timedOut?: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, ...names], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    const outcomes: (HostileOutcome & { ms?: number })[] = [];
    let current: string | undefined;
    let timedOut: string | undefined;
    let stderr = "";
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = current;
        child.kill("SIGKILL");
      }, timeoutMs);
    };
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const msg = JSON.parse(line) as { started?: string } & HostileOutcome & { ms?: number };
      if (msg.started) {
        current = msg.started;
        arm();
      } else {
        clearTimeout(timer);
        outcomes.push(msg);
      }
    });
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      resolve({ outcomes, timedOut, stderr });
    });
  });
}
