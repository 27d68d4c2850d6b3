import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../../../test-support/cli.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-eval-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const results = (accuracy: number, p50: number) => ({
  version: 1,
  startedAt: "",
  finishedAt: "",
  model: "offline",
  fast: false,
  node: "v20",
  suites: [
    {
      name: "fit",
      title: "Fit",
      description: "",
      status: "passed",
      durationMs: 1,
      metrics: { accuracy, "parse.p50_ms": p50 },
      directions: { accuracy: "higher", "parse.p50_ms": "lower" },
      checks: [],
    },
  ],
});

// Each case starts the CLI (tsx) a few times; on a busy two-core machine that takes a while.
describe("careercraft eval", { timeout: 240_000 }, () => {
  it("compares two results files with the size of each change", async () => {
    const oldFile = path.join(dir, "old.json");
    const newFile = path.join(dir, "new.json");
    writeFileSync(oldFile, JSON.stringify(results(0.8, 40)));
    writeFileSync(newFile, JSON.stringify(results(0.9, 80)));
    const r = await cli("eval", "compare", oldFile, newFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Regressed (1):\n  fit parse.p50_ms: 40 -> 80  +40 (+100.0%)");
    expect(r.stdout).toContain("Improved (1):\n  fit accuracy: 0.8000 -> 0.9000  +0.1000 (+12.5%)");
    const strict = await cli("eval", "compare", oldFile, newFile, "--fail-on-regression");
    expect(strict.code).toBe(1);
  });

  it("explains unknown suites, models and unreadable results files", async () => {
    const suite = await cli("eval", "--suite", "vibes", "--out", dir);
    expect(suite.code).toBe(2);
    expect(suite.stderr).toContain('Unknown suite "vibes". Available: resume-parsing, skill-extraction');
    const model = await cli("eval", "--model", "gpt-99", "--out", dir);
    expect(model.code).toBe(2);
    expect(model.stderr).toContain('Unknown model "gpt-99". Use one of: offline, openai, gemini.');
    const missing = await cli("eval", "compare", path.join(dir, "nope.json"), path.join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("is not a readable results.json");
  });

  it("writes the three report files and skips a provider suite without its key", async () => {
    const out = path.join(dir, "out");
    const r = await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "channels/cli/main.ts",
        "eval",
        "--suite",
        "conversations",
        "--model",
        "openai",
        "--out",
        out,
      ],
      { cwd: root, env: { ...process.env, OPENAI_API_KEY: "", CI: "" }, timeout: 120_000 },
    );
    expect(r.stdout).toContain("conversations skipped: --model openai needs OPENAI_API_KEY");
    const json = JSON.parse(readFileSync(path.join(out, "results.json"), "utf8"));
    expect(json.suites[0]).toMatchObject({ name: "conversations", status: "skipped" });
    expect(readFileSync(path.join(out, "report.md"), "utf8")).toContain("# CareerCraft evaluation report");
    expect(readFileSync(path.join(out, "report.html"), "utf8")).toContain("<!doctype html>");
  });
});
