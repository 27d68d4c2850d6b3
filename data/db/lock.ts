/**
 * Exactly one process may own an embedded data folder: two PGlite instances on the same
 * files silently lose each other's writes.
 *
 * Why not proper-lockfile: its stale-lock takeover removes the old lock and creates a new
 * one in two steps, so a slower process can remove the lock a faster one has just taken
 * and both proceed (node-proper-lockfile issue #121, open). Here a lock is one generation
 * file, `careercraft.lock.<n>`, created whole and atomically (written aside, then
 * hard-linked into place, which fails if the name exists). The owner is the holder of the
 * highest generation; taking over a stale generation n means creating n+1, which exactly
 * one contender can do, and a generation is never deleted while it is the highest, so a
 * number can never be taken twice while it matters. After creating, the winner checks that
 * no higher generation exists (a contender with an old view may have re-created a number
 * already superseded) and backs off if one does.
 *
 * Whether a holder is alive (holder.ts): the record carries a random instance token, the
 * PID, the process start time, the boot id, the PID namespace and the host. In the same
 * PID namespace the PID plus its start time identify the process exactly, so a restarted
 * container whose node is PID 1 again is not mistaken for the old one. A holder we cannot
 * see (another host, another PID namespace) proves it is alive by touching its file every
 * few seconds; when that heartbeat stops, its lock is stale.
 */
import { randomUUID } from "node:crypto";
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { CareerCraftError } from "../errors.ts";
import { describeHolder, judgeHolder, type LockRecord, ownRecord } from "./lock-holder.ts";

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export interface DataDirLockOptions {
  /** Told once when a dead holder's lock is taken over, or while waiting on a silent one. */
  log?: (message: string) => void;
  /** A holder we cannot see is dead once its heartbeat is older than this (default 10 s). */
  staleMs?: number;
  /** How often the owner touches its lock file (default 2 s). */
  heartbeatMs?: number;
}

const PREFIX = "careercraft.lock";
/** The lock file name of releases before generations existed; judged by its PID. */
const LEGACY = PREFIX;
const generationName = (n: number) => `${PREFIX}.${n}`;
const releasedName = (n: number) => `${PREFIX}.${n}.released`;
const GENERATION = /^careercraft\.lock\.(\d+)$/;

function generations(dir: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync(dir)) {
    const m = GENERATION.exec(name);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((a, b) => b - a);
}

const exists = (file: string) => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/** Creates `file` holding `content`, or returns false if the name is taken. Never half-written. */
function createWhole(file: string, content: string, token: string): boolean {
  const aside = `${file}.${token}.tmp`;
  writeFileSync(aside, content, { mode: 0o644 });
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // File systems without hard links: exclusive create, then write (readers give a
    // fresh empty file the benefit of the doubt, see lock-holder.ts).
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    let fd: number;
    try {
      fd = openSync(file, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw e;
    }
    try {
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } finally {
    try {
      unlinkSync(aside);
    } catch {}
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {}
}

function lockedError(dataDir: string, holder: LockRecord | undefined): CareerCraftError {
  return new CareerCraftError(
    "locked",
    `The data folder ${dataDir} is already in use by another CareerCraft process (${describeHolder(holder)}). ` +
      "Stop that process, or set DATA_DIR to a different folder.",
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireDataDirLock(
  dataDir: string,
  options: DataDirLockOptions = {},
): Promise<DataDirLock> {
  const staleMs = options.staleMs ?? 10_000;
  const heartbeatMs = options.heartbeatMs ?? Math.min(2_000, Math.max(50, staleMs / 4));
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  mkdirSync(dataDir, { recursive: true });
  const me = ownRecord();
  const waitUntil = Date.now() + staleMs + heartbeatMs * 2;
  let toldWaiting = false;

  const legacy = path.join(dataDir, LEGACY);
  if (exists(legacy)) {
    const verdict = judgeHolder(legacy, me, staleMs);
    if (verdict.state === "alive") throw lockedError(dataDir, verdict.record);
    removeQuietly(legacy);
  }

  for (;;) {
    const top = generations(dataDir)[0];
    if (top !== undefined) {
      const file = path.join(dataDir, generationName(top));
      const released = exists(path.join(dataDir, releasedName(top)));
      const verdict = released
        ? { state: "dead" as const, record: undefined }
        : judgeHolder(file, me, staleMs);
      if (verdict.state === "gone") continue;
      if (verdict.state === "alive") {
        if (verdict.record?.token === me.token)
          throw new CareerCraftError("locked", `The data folder ${dataDir} is already open in this process.`);
        throw lockedError(dataDir, verdict.record);
      }
      if (verdict.state === "silent") {
        // A holder we cannot see whose heartbeat is recent: it may be alive. Wait for the
        // heartbeat to go stale (a container restarted after kill -9) or to show life.
        if (Date.now() > waitUntil) throw lockedError(dataDir, verdict.record);
        if (!toldWaiting) {
          log(
            `Data folder ${dataDir}: waiting up to ${Math.round(staleMs / 1000)} s for the lock of ${describeHolder(verdict.record)}, which cannot be checked from here, to go stale.`,
          );
          toldWaiting = true;
        }
        await sleep(Math.min(heartbeatMs, 500));
        continue;
      }
      if (!released && verdict.record)
        log(
          `Data folder ${dataDir}: taking over the lock left by ${describeHolder(verdict.record)}, which is no longer running.`,
        );
    }
    const mine = (top ?? 0) + 1;
    const file = path.join(dataDir, generationName(mine));
    if (!createWhole(file, `${JSON.stringify(me)}\n`, randomUUID())) continue;
    if ((generations(dataDir)[0] ?? mine) > mine) {
      // Someone holds a higher generation: ours was a number already superseded.
      removeQuietly(file);
      continue;
    }
    for (const older of generations(dataDir).filter((n) => n < mine)) {
      removeQuietly(path.join(dataDir, generationName(older)));
      removeQuietly(path.join(dataDir, releasedName(older)));
    }
    return holdLock(file, path.join(dataDir, releasedName(mine)), heartbeatMs);
  }
}

function holdLock(file: string, releasedMarker: string, heartbeatMs: number): DataDirLock {
  // The heartbeat lets a process that cannot see ours (another PID namespace or host)
  // tell a live owner from a dead one.
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(file, now, now);
    } catch {}
  }, heartbeatMs);
  heartbeat.unref();
  let released = false;
  return {
    path: file,
    release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      // The generation file stays (it is the highest); the marker says nobody holds it.
      try {
        writeFileSync(releasedMarker, "", { flag: "wx" });
      } catch {}
    },
  };
}
