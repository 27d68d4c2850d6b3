/**
 * Starts the service as its own process (`node --import tsx main.ts`, as `npm start`
 * does), optionally behind a command prefix (`unshare -fp --mount-proc` makes it PID 1),
 * and resolves once it logs that it is ready. Its resident memory is read from /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ServiceProcess {
  child: ChildProcess;
  /** Resolves with the service's URL once ready; rejects if it exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

export function startServiceProcess(env: Record<string, string>, prefix: string[] = []): ServiceProcess {
  const command = [...prefix, process.execPath, "--import", "tsx", "main.ts"];
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", LOG_LEVEL: "info", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const ready = new Promise<string>((resolve, reject) => {
    const read = (d: Buffer) => {
      // Only the last part is kept: a long run logs a lot.
      out = (out + d.toString()).slice(-200_000);
      // main.ts prints one plain line when ready (the JSON logs carry the rest).
      const m = out.match(/CareerCraft is ready at (http:\/\/localhost:\d+)/);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out.slice(-2000)}`)));
  });
  ready.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, ready, exited, output: () => out };
}

/** Resident memory of a process in MB (Linux /proc), or undefined elsewhere. */
export function residentMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
