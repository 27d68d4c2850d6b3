import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../core/data-files.ts";
import { runFailed, runSuites } from "../core/runner.ts";
import { loadThresholds } from "../core/thresholds.ts";
import { findSuites } from "./index.ts";

// A fresh clone has no ../shared: the suites that read it say so and skip, and under
// CI=true the same absence fails the run.
const NEEDS_SHARED = ["resume-parsing", "skill-extraction", "fit", "fit-blind", "robustness"];

const run = (ci: boolean) =>
  runSuites({
    suites: findSuites(NEEDS_SHARED),
    thresholds: loadThresholds(),
    model: "offline",
    fast: true,
    ci,
    repoRoot: REPO_ROOT,
    sharedDataDir: "/nonexistent/shared/data",
  });

describe("suites without ../shared/data", () => {
  it("skip with a message naming the missing data", async () => {
    const results = await run(false);
    for (const s of results.suites) {
      expect(s.status, s.name).toBe("skipped");
      expect(s.reason).toMatch(/not found at \/nonexistent\/shared\/data\/.*skipped/);
    }
    expect(runFailed(results)).toBe(false);
  });

  it("fail under CI=true", async () => {
    const results = await run(true);
    for (const s of results.suites) {
      expect(s.status, s.name).toBe("error");
      expect(s.reason).toContain("CI=true requires it");
    }
    expect(runFailed(results)).toBe(true);
  });
});
