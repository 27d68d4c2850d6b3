/**
 * `fit-verdict.ts --with-more` only measures: combined with --write it refuses with a clear
 * message and a failing exit code before any analysis, and leaves verdict-model.json untouched
 * (the model has one owner; a refit with the extra pairs is adopted by them, not in passing).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MODEL_FILE } from "../verdict-model.ts";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "fit-verdict.ts");

describe("fit-verdict --with-more", () => {
  it("refuses --write, says why and leaves the model file as it was", () => {
    const before = readFileSync(MODEL_FILE, "utf8");
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ["--import", "tsx", script, "--with-more", "--write"], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      failure = e as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toMatch(/--with-more measures only; it cannot be combined with --write/);
    expect(readFileSync(MODEL_FILE, "utf8")).toBe(before);
  }, 60_000);
});
