import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareResults, formatComparison, readResults } from "./compare.ts";
import type { EvalResults, SuiteResult } from "./types.ts";

const suiteResult = (
  name: string,
  metrics: Record<string, number>,
  status: SuiteResult["status"] = "passed",
): SuiteResult => ({
  name,
  title: name,
  description: "",
  status,
  durationMs: 1,
  metrics,
  directions: {},
  checks: [],
});

const run = (suites: SuiteResult[]): EvalResults => ({
  version: 1,
  startedAt: "",
  finishedAt: "",
  model: "offline",
  fast: false,
  node: "v20",
  suites,
});

describe("compareResults", () => {
  const before = run([
    suiteResult("fit", { accuracy: 0.8, ece: 0.1, pairs: 44 }),
    suiteResult("latency", { "parse.p50_ms": 50, "search.p95_ms": 10 }),
    suiteResult("gone", { x: 1 }),
  ]);
  const after = run([
    suiteResult("fit", { accuracy: 0.85, ece: 0.14, pairs: 44 }, "failed"),
    suiteResult("latency", { "parse.p50_ms": 53, "search.p95_ms": 20 }),
    suiteResult("intents", { accuracy: 0.97 }),
  ]);
  const cmp = compareResults(before, after);

  it("uses each metric's direction and ignores timing noise under 10%", () => {
    expect(cmp.improved.map((c) => c.metric)).toEqual(["accuracy"]);
    expect(cmp.regressed.map((c) => `${c.suite}/${c.metric}`)).toEqual(["latency/search.p95_ms", "fit/ece"]);
    expect(cmp.unchanged.map((c) => c.metric).sort()).toEqual(["pairs", "parse.p50_ms"]);
    expect(cmp.regressed[0]).toMatchObject({ delta: 10, relative: 1 });
  });

  it("reports data sizes apart and warns when the runs are not comparable", () => {
    const bigger = compareResults(before, {
      ...after,
      fast: true,
      suites: [suiteResult("fit", { accuracy: 0.85, ece: 0.14, pairs: 50 })],
    });
    expect(bigger.sizes.map((c) => [c.metric, c.old, c.new])).toEqual([["pairs", 44, 50]]);
    expect(bigger.regressed.map((c) => c.metric)).toEqual(["ece"]);
    expect(formatComparison(bigger)).toMatch(/^Warning: one run used the fast subset \(new\)/);
    expect(formatComparison(bigger)).toContain("Data sizes changed: fit pairs 44 -> 50");
  });

  it("reports status changes and suites present on one side only", () => {
    expect(cmp.statusChanges).toEqual([{ suite: "fit", old: "passed", new: "failed" }]);
    expect(cmp.onlyOld).toEqual(["gone"]);
    expect(cmp.onlyNew).toEqual(["intents"]);
  });

  it("prints sizes of the changes", () => {
    const text = formatComparison(cmp);
    expect(text).toContain("Regressed (2):");
    expect(text).toContain("fit ece: 0.1000 -> 0.1400  +0.0400 (+40.0%)");
    expect(text).toContain("fit accuracy: 0.8000 -> 0.8500  +0.0500 (+6.2%)");
  });
});

describe("readResults", () => {
  it("explains a file that is not a results.json", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cc-cmp-"));
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hello: 1 }));
    expect(() => readResults(bad)).toThrow(/not an eval results file/);
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, "{");
    expect(() => readResults(broken)).toThrow(/not a readable results.json/);
  });
});
