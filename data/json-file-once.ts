/**
 * A committed JSON data file (a built model, a derived table) read on first use and kept:
 * loading at import time would slow every start-up that never needs it, and reading per
 * call would parse megabytes again for each analysis.
 */
import { readFileSync } from "node:fs";

export function jsonFileOnce<T>(file: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= JSON.parse(readFileSync(file, "utf8")) as T;
    return loaded;
  };
}
