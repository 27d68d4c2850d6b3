/**
 * Runs the real `careercraft` command in a child process, the way a script would, and
 * returns its exit code and output instead of throwing on a non-zero exit.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
  /** Written to the command's stdin, which is then closed (the chat reads one message per line). */
  input?: string;
  /** Where the command runs; the repository by default. */
  cwd?: string;
}

// The loader by path, so the command also runs in a folder with no node_modules of its own.
const TSX = pathToFileURL(path.join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", TSX, path.join(REPO_ROOT, "channels/cli/main.ts"), ...args],
      {
        cwd: options.cwd ?? REPO_ROOT,
        env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", ...options.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}

/** The common case: `cli("taxonomy", "lookup", "k8s")`. */
export const cli = (...args: string[]): Promise<CliResult> => runCli(args);
