import { describe, expect, it } from "vitest";
import { RequiredDataMissing, requireData } from "./data-files.ts";
import { SuiteNotAvailable, SuiteSkipped } from "./errors.ts";
import { runFailed, runSuites } from "./runner.ts";
import { parseThresholds } from "./thresholds.ts";
import type { Suite, SuiteContext } from "./types.ts";

const suite = (name: string, run: Suite["run"]): Suite => ({ name, title: name, description: name, run });

const options = (suites: Suite[], thresholdsYaml = "") => ({
  suites,
  thresholds: parseThresholds(thresholdsYaml),
  model: "offline" as const,
  fast: true,
  ci: false,
  repoRoot: "/nonexistent",
  sharedDataDir: "/nonexistent/shared",
});

describe("runSuites", () => {
  it("applies floors and ceilings and fails the run below a threshold", async () => {
    const results = await runSuites(
      options(
        [
          suite("good", async () => ({ metrics: { accuracy: 0.9, "parse.p50_ms": 12 } })),
          suite("bad", async () => ({ metrics: { accuracy: 0.5 } })),
        ],
        `
good:
  accuracy: { min: 0.8, reason: "verdicts must be mostly right" }
  parse.p50_ms: { max: 20, reason: "issue says 20 ms" }
bad:
  accuracy: { min: 0.8, reason: "verdicts must be mostly right" }
`,
      ),
    );
    expect(results.suites.map((s) => s.status)).toEqual(["passed", "failed"]);
    expect(results.suites[0].directions).toEqual({ accuracy: "higher", "parse.p50_ms": "lower" });
    expect(results.suites[1].checks[0]).toMatchObject({ metric: "accuracy", actual: 0.5, passed: false });
    expect(runFailed(results)).toBe(true);
  });

  it("fails a threshold whose metric was not reported and drops non-finite metrics", async () => {
    const results = await runSuites(
      options(
        [suite("s", async () => ({ metrics: { "skills.f1": Number.NaN, n: 3 } }))],
        `s:\n  skills.f1: { min: 0.7, reason: "issue floor for skills" }\n`,
      ),
    );
    expect(results.suites[0].metrics).toEqual({ n: 3 });
    expect(results.suites[0].checks[0]).toMatchObject({ actual: null, passed: false });
  });

  it("records not-available, skipped and errors without stopping the run", async () => {
    const results = await runSuites(
      options([
        suite("na", async () => {
          throw new SuiteNotAvailable("not built");
        }),
        suite("skip", async () => {
          throw new SuiteSkipped("no data");
        }),
        suite("boom", async () => {
          throw new TypeError("bug");
        }),
        suite("ok", async () => ({ metrics: { x: 1 } })),
      ]),
    );
    expect(results.suites.map((s) => [s.status, s.reason?.split("\n")[0]])).toEqual([
      ["not_available", "not built"],
      ["skipped", "no data"],
      ["error", "bug"],
      ["passed", undefined],
    ]);
    expect(runFailed(results)).toBe(true);
    expect(runFailed({ ...results, suites: results.suites.slice(0, 2) })).toBe(false);
  });
});

describe("requireData", () => {
  const ctx = (over: Partial<SuiteContext>): SuiteContext => ({
    repoRoot: "/",
    sharedDataDir: "/nonexistent",
    model: "offline",
    fast: false,
    ci: false,
    log: () => {},
    ...over,
  });

  it("skips outside CI and fails under CI when a required file is missing", () => {
    expect(() => requireData(ctx({}), "/nonexistent/x.json", "Set")).toThrow(SuiteSkipped);
    expect(() => requireData(ctx({ ci: true }), "/nonexistent/x.json", "Set")).toThrow(RequiredDataMissing);
  });

  it("treats a missing --data path as an error, never a skip", () => {
    expect(() => requireData(ctx({ dataOverride: "/nonexistent/typo" }), "/tmp", "Set")).toThrow(
      /given with --data/,
    );
    expect(requireData(ctx({ dataOverride: "/tmp" }), "/nonexistent", "Set")).toBe("/tmp");
  });
});

describe("parseThresholds", () => {
  it("requires a reason and a bound", () => {
    expect(() => parseThresholds("s:\n  m: { min: 1 }\n")).toThrow(/reason/);
    expect(() => parseThresholds('s:\n  m: { reason: "a long enough reason" }\n')).toThrow(/min or max/);
  });
});
