import { type ChildProcess, fork, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "./lock.ts";
import { ownRecord } from "./lock-holder.ts";

const scratch = () => mkdtempSync(path.join(tmpdir(), "cc-lock-"));

/** A PID that no process has now: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  return child.pid!;
}

/** A lock record as a crashed run left it: same host, boot and namespace, another process. */
function staleRecord(pid: number, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...ownRecord(), token: "crashed-run", pid, startTicks: 1, ...extra })}\n`;
}

describe("data folder lock", () => {
  it("refuses a second owner and names the holder's PID", async () => {
    const dir = scratch();
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `const { acquireDataDirLock } = await import(${JSON.stringify(path.resolve("data/db/lock.ts"))});
        await acquireDataDirLock(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
      await expect(acquireDataDirLock(dir)).rejects.toThrow(
        new RegExp(`in use by another CareerCraft process \\(PID ${holder.pid}\\b`),
      );
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("takes over a dead process's lock with one log line naming it, and releases", async () => {
    const dir = scratch();
    const pid = deadPid();
    writeFileSync(path.join(dir, "careercraft.lock.3"), staleRecord(pid));
    const lines: string[] = [];
    const lock = await acquireDataDirLock(dir, { log: (m) => lines.push(m) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`taking over the lock left by PID ${pid}\\b.*no longer running`));
    expect(JSON.parse(readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    expect(readdirSync(dir).filter((f) => f.startsWith("careercraft.lock"))).toEqual(["careercraft.lock.4"]);
    lock.release();
    // A clean release is not a takeover: nothing is logged the next time.
    const again = await acquireDataDirLock(dir, { log: (m) => lines.push(m) });
    expect(lines).toHaveLength(1);
    again.release();
  });

  it("tells a second open in the same process that it is already open here", async () => {
    const dir = scratch();
    const lock = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(/already open in this process/);
    lock.release();
  });

  it("does not mistake a restarted PID 1 for the process that held the lock", async () => {
    // In a container node is PID 1 on every start: the old lock names our own PID.
    const legacy = scratch();
    writeFileSync(path.join(legacy, "careercraft.lock"), `${process.pid}\n`);
    (await acquireDataDirLock(legacy, { log: () => undefined })).release();
    const current = scratch();
    writeFileSync(path.join(current, "careercraft.lock.1"), staleRecord(process.pid));
    const lines: string[] = [];
    (await acquireDataDirLock(current, { log: (m) => lines.push(m) })).release();
    expect(lines[0]).toMatch(new RegExp(`PID ${process.pid}\\b`));
  });

  it("waits for a holder it cannot see until its heartbeat stops, then takes over", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "careercraft.lock.1"), staleRecord(1, { pidNamespace: "pid:[1]" }));
    const lines: string[] = [];
    const started = Date.now();
    const lock = await acquireDataDirLock(dir, { staleMs: 600, heartbeatMs: 100, log: (m) => lines.push(m) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(lines[0]).toMatch(/waiting up to .* PID 1 in another PID namespace/);
    expect(lines[1]).toMatch(/taking over the lock left by PID 1 in another PID namespace/);
    lock.release();
  });

  it("refuses a holder it cannot see while that holder's heartbeat goes on", async () => {
    const dir = scratch();
    const file = path.join(dir, "careercraft.lock.1");
    writeFileSync(file, staleRecord(1, { host: "another-host" }));
    const beat = setInterval(() => writeFileSync(file, staleRecord(1, { host: "another-host" })), 50);
    try {
      await expect(
        acquireDataDirLock(dir, { staleMs: 300, heartbeatMs: 100, log: () => undefined }),
      ).rejects.toThrow(/in use by another CareerCraft process \(PID 1 on another-host/);
    } finally {
      clearInterval(beat);
    }
  });
});

describe("data folder lock race", { timeout: 120_000 }, () => {
  const RACERS = 4;
  const ROUNDS = 200;
  let racers: ChildProcess[] = [];
  const next = (child: ChildProcess, key: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          child.off("message", on);
          resolve(m);
        }
      };
      child.on("message", on);
    });

  beforeAll(async () => {
    racers = Array.from({ length: RACERS }, () =>
      fork(path.resolve("test-support/lock-racer.ts"), [], { execArgv: ["--import", "tsx"] }),
    );
    await Promise.all(racers.map((r) => next(r, "ready")));
  });
  afterAll(() => {
    for (const r of racers) r.kill("SIGKILL");
  });

  it(`gives a stale lock to exactly one of ${RACERS} processes starting together, ${ROUNDS} times`, async () => {
    const pid = deadPid();
    const owners: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = scratch();
      // Both shapes of a crashed run's lock: this release's generations and the old PID file.
      if (round % 2) writeFileSync(path.join(dir, "careercraft.lock.7"), staleRecord(pid));
      else writeFileSync(path.join(dir, "careercraft.lock"), `${pid}\n`);
      const results = await Promise.all(
        racers.map((r) => {
          const answer = next(r, "result");
          r.send({ acquire: dir });
          return answer;
        }),
      );
      const outcomes = results.map((r) => r.result);
      expect(outcomes.filter((o) => o !== "owner" && o !== "refused")).toEqual([]);
      owners.push(outcomes.filter((o) => o === "owner").length);
      await Promise.all(
        racers.map((r) => {
          const done = next(r, "released");
          r.send({ release: true });
          return done;
        }),
      );
    }
    expect(owners.filter((n) => n !== 1)).toEqual([]);
  });
});
