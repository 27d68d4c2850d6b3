/**
 * Suites measure code other engineers own. It is loaded by path at run time so the
 * harness runs (and says "not available") while a capability does not exist yet,
 * instead of failing to start. The caller states the shape it needs; a module that
 * exists but lacks the export is reported the same clear way.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./data-files.ts";
import { SuiteNotAvailable } from "./errors.ts";

/** First existing file among the candidates (repo-relative), or undefined. */
export function findModule(candidates: string[]): string | undefined {
  return candidates.map((c) => path.resolve(REPO_ROOT, c)).find((p) => existsSync(p));
}

/**
 * Imports the first candidate module and returns the named exports, all of which must
 * be functions (or objects when listed in `values`).
 */
export async function loadCapability<T>(
  what: string,
  candidates: string[],
  exportNames: string[],
): Promise<T & { modulePath: string }> {
  const file = findModule(candidates);
  if (!file) {
    throw new SuiteNotAvailable(`${what} has not landed: none of ${candidates.join(", ")} exists.`);
  }
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const missing = exportNames.filter((n) => mod[n] === undefined);
  if (missing.length) {
    throw new SuiteNotAvailable(
      `${what}: ${path.relative(REPO_ROOT, file)} does not export ${missing.join(", ")} (yet).`,
    );
  }
  return { ...(mod as T), modulePath: path.relative(REPO_ROOT, file) };
}
