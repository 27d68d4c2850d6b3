/**
 * Exactly one process may own an embedded data folder: two PGlite instances on the same
 * files silently lose each other's writes. The lock file holds the owner's PID; a lock
 * left by a process that no longer exists is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { CareerCraftError } from "../errors.ts";

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

const LOCK_NAME = "careercraft.lock";

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM means it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          if (readHolder(lockPath) === process.pid) rmSync(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && processExists(holder)) {
        throw new CareerCraftError(
          "locked",
          `The data folder ${dataDir} is already in use by another CareerCraft process (PID ${holder}). ` +
            "Stop that process, or set DATA_DIR to a different folder.",
        );
      }
      if (holder === process.pid) {
        throw new CareerCraftError(
          "locked",
          `The data folder ${dataDir} is already open in this process (PID ${holder}).`,
        );
      }
      // Stale lock from a process that died without cleaning up.
      rmSync(lockPath, { force: true });
    }
  }
  throw new CareerCraftError("locked", `Could not lock the data folder ${dataDir}.`);
}
