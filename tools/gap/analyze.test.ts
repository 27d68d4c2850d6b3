import { describe, expect, it } from "vitest";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { isCareerCraftError } from "../../data/errors.ts";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analysisToJson, analyze, analyzeWithProgress } from "./analyze.ts";
import { pathConfidence } from "./path-confidence.ts";
import { FIT_THRESHOLD, shownShare } from "./readiness.ts";
import { SCORE_KEYS } from "./types.ts";
import { verdictModel } from "./verdict-model.ts";

const deps = gapDeps();

describe("analyze", () => {
  function analyzeDefault(p: ProfileSnapshot = profile(), j = job()) {
    return analyze(p, j, deps);
  }

  it("returns the contract: verdict, confidence and 11 explained scores", () => {
    const a = analyzeDefault();
    expect(a.verdict).toBe("FIT");
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    expect(Object.keys(a.scores).sort()).toEqual([...SCORE_KEYS].sort());
    for (const key of SCORE_KEYS) {
      const d = a.scoreDetails[key];
      expect(d.explanation.length).toBeGreaterThan(10);
      if (d.score !== null) expect(d.score).toBeGreaterThanOrEqual(0);
      if (d.score !== null) expect(d.score).toBeLessThanOrEqual(100);
    }
    expect(a.scores.readiness).toBeGreaterThanOrEqual(FIT_THRESHOLD);
    expect(a.matched.map((m) => m.requirementId)).toEqual(expect.arrayContaining(["java", "spring-boot"]));
    expect(a).toHaveProperty("strengths");
    expect(a).toHaveProperty("recommendations");
    expect(a).toHaveProperty("nextSteps");
    expect(a).toHaveProperty("priorityImprovements");
    expect(a).toHaveProperty("learningResources");
  });

  it("matches through the taxonomy: a child satisfies its parent, a related skill earns partial credit", () => {
    const a = analyzeDefault(profile(), job({ skills: [requirement("sql"), requirement("mysql")] }));
    const sql = a.matched.find((m) => m.requirementId === "sql")!;
    expect(sql).toMatchObject({ skillId: "postgresql", via: "child" });
    const mysql = a.matched.find((m) => m.requirementId === "mysql")!;
    expect(mysql.via).toBe("related");
    expect(mysql.credit).toBeGreaterThan(0.3);
    expect(mysql.credit).toBeLessThan(sql.credit);
  });

  it("recognises an alias spelling", () => {
    const p = profile({ skills: [skill("postgresql", "advanced", { name: "Postgres", years: 4 })] });
    const a = analyzeDefault(p, job({ skills: [requirement("postgresql")] }));
    expect(a.matched[0]).toMatchObject({ via: "alias", credit: 1 });
  });

  it("is UNFIT with a critical gap when a must-have is missing, whatever the readiness", () => {
    const j = job({ skills: [...job().skills, requirement("kubernetes", "required", { critical: true })] });
    const a = analyzeDefault(profile(), j);
    expect(a.verdict).toBe("UNFIT");
    const gap = a.gaps.find((g) => g.skillId === "kubernetes")!;
    expect(gap).toMatchObject({ kind: "required", severity: "critical", priority: 1 });
    expect(a.verdictReason).toMatch(/Kubernetes/);
    expect(a.learningResources.some((r) => r.skillId === "kubernetes" && r.url.startsWith("https://"))).toBe(
      true,
    );
  });

  it("says 'not enough data' and lowers confidence instead of guessing", () => {
    const withData = analyzeDefault(
      profile({
        preferences: { salaryMin: 60000, salaryCurrency: "EUR", salaryPeriod: "year", values: ["learning"] },
      }),
      job({
        salary: { min: 70000, max: 80000, currency: "EUR", period: "year", text: "€70k-80k" },
        culture: ["learning"],
      }),
    );
    const without = analyzeDefault();
    expect(without.scores.salary).toBeNull();
    expect(without.scoreDetails.salary.explanation).toMatch(/Not enough data/);
    expect(without.scores.cultureFit).toBeNull();
    expect(withData.scores.salary).toBe(100);
    expect(withData.scores.cultureFit).toBe(100);
    expect(without.confidence).toBeLessThan(withData.confidence);
  });

  it("states how complete its scores are, the share of P's distance from 0.5 the confidence keeps", () => {
    const a = analyzeDefault();
    const model = a.verdictModel!;
    // The verdict fit (fit-verdict.ts) reads this to measure the confidence as shown; it was absent.
    expect(model.completeness).toBeGreaterThan(0);
    expect(model.completeness).toBeLessThan(1);
    const p = model.probability;
    const shown = 0.5 + (Math.max(p, 1 - p) - 0.5) * shownShare(model.completeness);
    // Then mapped as the deciding path was measured out of sample (path-confidence.ts; verdict18w).
    const map = verdictModel().pathCalibration;
    expect(a.confidence).toBeCloseTo(pathConfidence(map, model.path!, shown, model.features as never), 3);
  });

  it("states in its text the chance of fit its confidence shows, not the chance before the missing-data shrink", () => {
    // The person reads "FIT (confidence 88%)" above "... 91% chance of fit": two numbers for one claim.
    for (const a of [analyzeDefault(), analyzeDefault(profile({ experience: [] }))]) {
      expect(a.verdictModel!.completeness).toBeLessThan(1);
      const stated = Number(/(\d+)% chance of fit/.exec(a.verdictReason)?.[1]);
      const shown = Math.round(a.confidence * 100);
      expect(stated).toBe(a.verdict === "FIT" ? shown : 100 - shown);
    }
  });

  it("gives byte-identical JSON for the same input", () => {
    const a = analysisToJson(analyzeDefault());
    const b = analysisToJson(analyze(structuredClone(profile()), structuredClone(job()), deps));
    expect(a).toBe(b);
  });

  it("emits one progress event per stage, in order, and ends with the same analysis", async () => {
    const events: string[] = [];
    const run = analyzeWithProgress(profile(), job(), deps);
    let step = await run.next();
    while (!step.done) {
      events.push(step.value.stage);
      expect(step.value.message.length).toBeGreaterThan(0);
      step = await run.next();
    }
    expect(events).toEqual([
      "reading_job",
      "matching_skills",
      "experience",
      "education",
      "preferences",
      "domain",
      "readiness",
      "gaps",
      "recommendations",
      "verdict",
    ]);
    expect(analysisToJson(step.value)).toBe(analysisToJson(analyzeDefault()));
    const viaCallback: string[] = [];
    analyze(profile(), job(), deps, { onProgress: (e) => viaCallback.push(e.stage) });
    expect(viaCallback).toEqual(events);
  });

  it("refuses a malformed profile or job with a clear validation error", () => {
    for (const bad of [
      () => analyze({ ...profile(), skills: "java" } as unknown as ProfileSnapshot, job(), deps),
      () => analyze(profile(), { ...job(), skills: [{ skillId: "" }] } as never, deps),
    ]) {
      try {
        bad();
        expect.unreachable();
      } catch (error) {
        expect(isCareerCraftError(error) && error.code === "validation").toBe(true);
      }
    }
  });
});
