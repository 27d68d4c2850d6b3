/**
 * The labelled fit set (evals/data/fit/pairs.jsonl) through the real parsers and analysis.
 * Skipped with a message when ../shared/data is absent; required under CI=true.
 */
import { describe, expect, it } from "vitest";
import { DEV_PAIRS_FILE, loadDevPairs } from "./dev-set.ts";
import { defaultFitDeps } from "./fit-defaults.ts";
import { loadPairs, measureFitSet, summarise } from "./fit-set.ts";
import { loadPostings } from "./shared-data.ts";

const available = loadPostings() !== undefined;
if (!available) console.warn("skipping the fit set: ../shared/data is absent");

describe("fit set", () => {
  it("has at least 40 labelled pairs with reasons, both clear labels represented", () => {
    const pairs = loadPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    for (const p of pairs) {
      expect(["FIT", "UNFIT", "BORDERLINE"]).toContain(p.label);
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.resume).toMatch(/^resumes\//);
    }
    // Relabelled under the outside rules (2026-12-03): 10 FIT / 28 UNFIT / 6 BORDERLINE; the ten
    // FITs read again on 2026-12-04 (fit-22 -> BORDERLINE): 9 / 28 / 7.
    expect(pairs.filter((p) => p.label === "FIT").length).toBeGreaterThanOrEqual(9);
    expect(pairs.filter((p) => p.label === "UNFIT").length).toBeGreaterThanOrEqual(15);
  });

  it("keeps the old label and a reason on every relabelled pair", () => {
    const relabelled = loadPairs().filter((p) => p.team_label !== undefined);
    expect(relabelled.length).toBeGreaterThan(0);
    for (const p of relabelled) {
      expect(p.team_label).not.toBe(p.label);
      expect(p.relabel_reason?.length ?? 0).toBeGreaterThan(30);
    }
  });

  it.skipIf(!loadDevPairs(DEV_PAIRS_FILE))(
    "marks every team pair that repeats an outside dev pair (same resume and posting), with the same label",
    () => {
      const dev = new Map(loadDevPairs(DEV_PAIRS_FILE)!.map((p) => [`${p.resume}|${p.posting}`, p]));
      for (const p of loadPairs()) {
        const twin = dev.get(`${p.resume}|${p.job}`);
        // The verdict fit skips a marked pair: unmarked, it would be trained on twice.
        expect(p.dev_duplicate).toBe(twin?.id);
        if (twin) expect(p.label).toBe(twin.label);
      }
    },
  );

  it("scores the clear pairs only: a judgement call is neither right nor wrong", () => {
    const right = { id: "a", label: "FIT", verdict: "FIT", correct: true, confidence: 0.9 } as const;
    const call = { id: "b", label: "BORDERLINE", verdict: "UNFIT", correct: false, confidence: 0.6 } as const;
    const report = summarise([right, call].map((o) => ({ ...o, readiness: 50, reason: "" })));
    expect(report.pairs).toBe(1);
    expect(report.accuracy).toBe(1);
    expect(report.outcomes).toHaveLength(2);
  });

  it("summarises accuracy and calibration", () => {
    const report = summarise([
      { id: "a", label: "FIT", verdict: "FIT", correct: true, confidence: 0.9, readiness: 70, reason: "" },
      {
        id: "b",
        label: "UNFIT",
        verdict: "FIT",
        correct: false,
        confidence: 0.55,
        readiness: 45,
        reason: "",
      },
    ]);
    expect(report.accuracy).toBe(0.5);
    expect(report.confusion).toEqual({
      truePositive: 1,
      falsePositive: 1,
      trueNegative: 0,
      falseNegative: 0,
    });
    expect(report.calibration.find((b) => b.band === "0.8-1.0")).toMatchObject({ n: 1, accuracy: 1 });
  });

  it.skipIf(!available)(
    "gets most verdicts right, and is more confident when right",
    async () => {
      const report = (await measureFitSet(await defaultFitDeps()))!;
      const { outcomes, ...summary } = report;
      console.info(JSON.stringify(summary));
      expect(report.outcomes.length).toBeGreaterThanOrEqual(40);
      expect(report.pairs).toBeGreaterThanOrEqual(35);
      expect(report.accuracy).toBeGreaterThanOrEqual(0.7);
      expect(report.meanConfidenceCorrect).toBeGreaterThan(report.meanConfidenceWrong);
      expect(outcomes.every((o) => o.confidence >= 0 && o.confidence <= 1)).toBe(true);
    },
    600_000,
  );
});
