/**
 * Who holds a data-folder lock, and whether that process still runs (see lock.ts).
 * A PID alone cannot tell: in a container node is PID 1 on every start, and PIDs are
 * reused. The process's start time (in clock ticks since boot, from /proc) with the boot
 * id and the PID namespace identify one run of one process on Linux. Where that cannot be
 * seen (another host, another PID namespace, no /proc) the holder's heartbeat decides.
 */
import { readFileSync, readlinkSync, statSync } from "node:fs";
import os from "node:os";

export interface LockRecord {
  /** Random per process: the same value means the same process, whatever its PID. */
  token: string;
  pid: number;
  host: string;
  startedAt: string;
  /** Linux: /proc/<pid>/stat field 22, start time in clock ticks since boot. */
  startTicks?: number;
  bootId?: string;
  pidNamespace?: string;
}

export type HolderState =
  /** Running, or shown alive by a recent heartbeat. */
  | "alive"
  /** Not running (or released): its lock may be taken over. */
  | "dead"
  /** Cannot be checked from here and its heartbeat is recent: wait and look again. */
  | "silent"
  /** The lock file went away while it was being read. */
  | "gone";

const readText = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
};

export function processStartTicks(pid: number | "self"): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces and parentheses: count from the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[19]);
  return Number.isFinite(ticks) ? ticks : undefined;
}

function pidNamespace(): string | undefined {
  try {
    return readlinkSync("/proc/self/ns/pid");
  } catch {
    return undefined;
  }
}

/** One token per process: a second open in the same process is told so. */
const PROCESS_TOKEN = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export function ownRecord(): LockRecord {
  return {
    token: PROCESS_TOKEN,
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    startTicks: processStartTicks("self"),
    bootId: readText("/proc/sys/kernel/random/boot_id")?.trim(),
    pidNamespace: pidNamespace(),
  };
}

/** A generation file's record; a bare PID is the format of releases before generations. */
export function readRecord(text: string): LockRecord | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed))
    return { token: "", pid: Number(trimmed), host: os.hostname(), startedAt: "an earlier run" };
  try {
    const r = JSON.parse(trimmed) as LockRecord;
    return typeof r.pid === "number" && typeof r.token === "string" ? r : undefined;
  } catch {
    return undefined;
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function judgeHolder(
  file: string,
  me: LockRecord,
  staleMs: number,
): { state: HolderState; record?: LockRecord } {
  let ageMs: number;
  try {
    ageMs = Date.now() - statSync(file).mtimeMs;
  } catch {
    return { state: "gone" };
  }
  const text = readText(file);
  if (text === undefined) return { state: "gone" };
  const record = readRecord(text);
  const byHeartbeat = (): HolderState => (ageMs < staleMs ? "silent" : "dead");
  // Empty or unreadable: a holder on a file system without hard links may be mid-write.
  if (!record) return { state: byHeartbeat() };
  if (record.host !== me.host) return { state: byHeartbeat(), record };
  if (record.bootId && me.bootId && record.bootId !== me.bootId) return { state: "dead", record };
  if (record.pidNamespace && me.pidNamespace && record.pidNamespace !== me.pidNamespace)
    return { state: byHeartbeat(), record };
  if (me.startTicks !== undefined) {
    const ticks = processStartTicks(record.pid);
    if (ticks === undefined) return { state: "dead", record };
    if (record.startTicks !== undefined)
      return { state: ticks === record.startTicks ? "alive" : "dead", record };
    // An old-format lock (PID only): our own PID there means an earlier run of ours (PID 1 again).
    return { state: record.pid === process.pid ? "dead" : "alive", record };
  }
  // No /proc (macOS and others): the PID must exist, and the heartbeat guards against reuse.
  if (!pidRuns(record.pid)) return { state: "dead", record };
  if (!record.token) return { state: record.pid === process.pid ? "dead" : "alive", record };
  return { state: ageMs < staleMs ? "alive" : "dead", record };
}

export function describeHolder(record: LockRecord | undefined): string {
  if (!record) return "a process whose lock file cannot be read";
  const where = record.host === os.hostname() ? "" : ` on ${record.host}`;
  const ns = record.pidNamespace && record.pidNamespace !== pidNamespace() ? " in another PID namespace" : "";
  return `PID ${record.pid}${where}${ns}, started ${record.startedAt}`;
}
