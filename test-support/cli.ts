/**
 * Runs the real `careercraft` command in a child process, the way a script would, and
 * returns its exit code and output instead of throwing on a non-zero exit.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment; by default no database or Redis is configured. */
  env?: Record<string, string>;
  timeoutMs?: number;
  input?: string;
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "channels/cli/main.ts", ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", ...options.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The common case: `cli("taxonomy", "lookup", "k8s")`. */
export const cli = (...args: string[]): Promise<CliResult> => runCli(args);
