/**
 * The per-path map chosen and fitted on out-of-sample evidence (verdict17w): a shrink of each
 * path's own log-odds, an isotonic curve per path, each source weighing the same, and the choice
 * by a cross-fit grouped by field. Before, the one map family fitted every path with one slope on
 * the rows of the pairs the analysis was tuned on, and a held-out pair's row was mapped by a map
 * fitted on that very row.
 */
import { describe, expect, it } from "vitest";
import { pathConfidence } from "../path-confidence.ts";
import { FEATURE_NAMES, type Features } from "../verdict-model.ts";
import { crossValidate } from "./cross-validate.ts";
import { choosePathCalibrator } from "./path-calibration-choose.ts";
import { fitPathCalibration, type PathRow } from "./path-calibration-fit.ts";

const nearness = { mustHaveNearShare: 0, requiredGapsNearShare: 0 };
const row = (id: string, path: PathRow["path"], confidence: number, right: boolean): PathRow => ({
  id,
  path,
  confidence,
  verdict: "UNFIT",
  label: right ? "UNFIT" : "FIT",
  features: nearness,
});

// The rule path states 0.95 and is right 4 times in 5; the model path states 0.8 and is right 4 in 5.
const rows: PathRow[] = [
  ...Array.from({ length: 50 }, (_, i) => row(`dev-r${i}`, "rule", 0.95, i % 5 !== 0)),
  ...Array.from({ length: 50 }, (_, i) => row(`dev-m${i}`, "model", 0.8, i % 5 !== 0)),
];

describe("the per-path map's families", () => {
  it("a shrink of each path's log-odds softens the over-sure path and keeps the honest one", () => {
    const map = fitPathCalibration(rows, { family: "perPath", weighting: "pair" });
    expect(pathConfidence(map, "rule", 0.95, nearness)).toBeLessThan(0.86);
    expect(pathConfidence(map, "rule", 0.95, nearness)).toBeGreaterThan(0.74);
    expect(pathConfidence(map, "model", 0.8, nearness)).toBeGreaterThan(0.74);
    expect(pathConfidence(map, "model", 0.8, nearness)).toBeLessThan(0.86);
  });

  it("isotonic per path: what each path earned, never below a coin toss, never less sure for a surer call", () => {
    const map = fitPathCalibration(
      [...rows, ...Array.from({ length: 20 }, (_, i) => row(`dev-x${i}`, "rule", 0.7, i % 2 === 0))],
      { family: "isotonic", weighting: "pair" },
    );
    expect(pathConfidence(map, "rule", 0.95, nearness)).toBeLessThan(0.86);
    expect(pathConfidence(map, "rule", 0.7, nearness)).toBeLessThan(
      pathConfidence(map, "rule", 0.95, nearness),
    );
    for (const c of [0.5, 0.6, 0.99])
      expect(pathConfidence(map, "near", c, nearness)).toBeGreaterThanOrEqual(0.5);
  });

  it("weighting by source: a few extra pairs right less often count as much as many team pairs", () => {
    const mixed = [
      ...Array.from({ length: 60 }, (_, i) => row(`fit-${i}`, "near", 0.75, i % 10 !== 0)),
      ...Array.from({ length: 10 }, (_, i) => row(`more-${i}`, "near", 0.75, i % 5 === 0)),
    ];
    const byPair = pathConfidence(
      fitPathCalibration(mixed, { family: "perPath", weighting: "pair" }),
      "near",
      0.75,
      nearness,
    );
    const bySource = pathConfidence(
      fitPathCalibration(mixed, { family: "perPath", weighting: "source" }),
      "near",
      0.75,
      nearness,
    );
    expect(bySource).toBeLessThan(byPair - 0.1);
  });
});

describe("the choice is made out of sample", () => {
  it("picks a map over the paths' own numbers when every field's rows are over-sure, and records each candidate", () => {
    const fieldOf = (id: string) =>
      ["software", "hr", "finance", "teaching", "sales", "data"][Number(id.replace(/\D/g, "")) % 6]!;
    const { chosen, record } = choosePathCalibrator(rows, fieldOf);
    expect(chosen).toBeDefined();
    expect(Object.keys(record.candidates)).toEqual(
      expect.arrayContaining(["none", "shared/pair", "perPath/source", "isotonic/pair"]),
    );
  });
});

describe("a held-out pair is scored out of sample", () => {
  it("each extra pair is scored once per fold assignment, by its own fold's model and a map fitted without it", () => {
    const features = (x: number) =>
      ({
        ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])),
        skills: x,
        experience: x,
        readiness: x,
        skillsMetShare: 1,
      }) as unknown as Features;
    const pair = (id: string, i: number) => ({
      id,
      set: "team" as const,
      label: (i % 3 === 0 ? "UNFIT" : "FIT") as "FIT" | "UNFIT",
      features: features((i % 7) / 7),
      completeness: 1,
      resume: `r${i}`,
      ad: `a${i}`,
    });
    const team = Array.from({ length: 30 }, (_, i) => pair(`fit-${i}`, i));
    const held = Array.from({ length: 12 }, (_, i) => ({
      ...pair(`more-${i}`, i + 1),
      set: "more" as const,
    }));
    const run = crossValidate("none", team, [], [], {
      grouped: true,
      pathMap: true,
      heldOut: held,
      folds: 3,
    });
    expect(run.cvHeld).toHaveLength(12);
    expect(new Set(run.cvHeld.map((c) => c.id)).size).toBe(12);
    // Each map is fitted without its own fold's extra pairs: maps differ when their rows differ.
    expect(run.heldFold.filter((f) => f === 0).length).toBeGreaterThan(0);
  });
});
