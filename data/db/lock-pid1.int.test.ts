/**
 * The container case: node runs as PID 1 in a PID namespace of its own, is killed with
 * SIGKILL (no clean-up), and the same command starts it again, again as PID 1. It must
 * come back, and say whose lock it took over. Needs `unshare` with the right to make a
 * PID namespace (root, as in CI); skipped outside CI when that is missing.
 */
import { type ChildProcess, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServiceProcess } from "../../test-support/service-process.ts";

const canUnshare = spawnSync("unshare", ["-fp", "--mount-proc", "true"]).status === 0;
if (!canUnshare) {
  if (process.env.CI === "true")
    throw new Error("unshare -fp --mount-proc must work under CI=true (run as root).");
  console.warn("skipping the PID 1 restart test: `unshare -fp --mount-proc` needs root and util-linux");
}

const startAsPid1 = (dataDir: string) =>
  startServiceProcess({ DATA_DIR: dataDir }, ["unshare", "-fp", "--mount-proc"]);

/** The node process unshare started (PID 1 inside); unshare itself only waits for it. */
const innerPid = (child: ChildProcess) =>
  Number(
    execFileSync("pgrep", ["-P", String(child.pid)])
      .toString()
      .trim(),
  );

function stop(child: ChildProcess): void {
  try {
    process.kill(innerPid(child), "SIGKILL");
  } catch {}
  child.kill("SIGKILL");
}

describe.skipIf(!canUnshare)("restart as PID 1 after kill -9", { timeout: 180_000 }, () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const c of started) stop(c);
  });

  it("comes back on the same data folder and names the lock it took over", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "cc-pid1-"));
    const first = startAsPid1(dataDir);
    started.push(first.child);
    await first.ready;
    // The node process is PID 1 inside; from here it is unshare's only child.
    const inner = Number(
      execFileSync("pgrep", ["-P", String(first.child.pid)])
        .toString()
        .trim(),
    );
    const lock = execFileSync("sh", ["-c", `cat ${dataDir}/careercraft.lock.*`]).toString();
    expect(JSON.parse(lock).pid).toBe(1);
    process.kill(inner, "SIGKILL");
    await first.exited;

    const second = startAsPid1(dataDir);
    started.push(second.child);
    const url = await second.ready;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(second.output()).toMatch(/taking over the lock left by PID 1\b.*no longer running/);
    stop(second.child);
  });
});
