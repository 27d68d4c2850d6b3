/**
 * Locating the data a suite reads. External sets live in ../shared/data and are read by
 * path, never copied in; when they are absent a suite skips with a message that says
 * what is missing — except under CI=true, where a missing required file must fail the
 * run instead of silently passing.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SuiteSkipped } from "./errors.ts";
import type { SuiteContext } from "./types.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED_DATA_DIR = path.resolve(REPO_ROOT, "../shared/data");

export class RequiredDataMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RequiredDataMissing";
  }
}

/**
 * The path the suite should read: the --data override when given, else the default.
 * Throws SuiteSkipped (or RequiredDataMissing under CI, or when the user named the path
 * explicitly — a typo in --data must not look like a skip).
 */
export function requireData(ctx: SuiteContext, defaultPath: string, what: string): string {
  const explicit = ctx.dataOverride !== undefined;
  const target = explicit ? path.resolve(ctx.dataOverride!) : defaultPath;
  if (existsSync(target)) return target;
  const message = `${what} not found at ${target}`;
  if (explicit) throw new RequiredDataMissing(`${message} (given with --data).`);
  if (ctx.ci) throw new RequiredDataMissing(`${message}; CI=true requires it.`);
  throw new SuiteSkipped(
    `${message}; skipped (reference data is only present beside a development checkout).`,
  );
}

export function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}
