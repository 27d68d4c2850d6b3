import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../core/data-files.ts";
import { runHostileCases } from "./run-hostile.ts";

// Runs the real resume parser and job parser in the child process the suite uses.
describe("runHostileCases", { timeout: 120_000 }, () => {
  it("reports each case from the child process", async () => {
    const results = await runHostileCases(REPO_ROOT, { names: ["zero bytes", "empty job ad"] });
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ["zero bytes", true],
      ["empty job ad", true],
    ]);
    expect(results[0].detail).toMatch(/^validation: /);
  });

  it("stops a case that runs past the limit and carries on with the rest", async () => {
    // Building and parsing 12 MB takes far longer than 5 ms, so the first case times out.
    const results = await runHostileCases(REPO_ROOT, {
      names: ["12 MB text file", "empty job ad"],
      timeoutMs: 5,
    });
    expect(results[0]).toMatchObject({ name: "12 MB text file", passed: false });
    expect(results[0].detail).toContain("no answer within 0.005 s");
    expect(results.map((r) => r.name)).toContain("empty job ad");
  });
});
