import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, type Features, probabilityFit, verdictModel } from "../verdict-model.ts";
import { rankRoles } from "./dream-roles.ts";

/** Inputs at the model's averages, with the ones named set. */
function features(model: ReturnType<typeof verdictModel>, set: Partial<Features>): Features {
  const base = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
  model.features.forEach((name, i) => {
    base[name] = model.mean[i]!;
  });
  return { ...base, ...set };
}

describe("dream roles are ranked by the model's own P(FIT), not the calibrated step", () => {
  it("a role the model finds far likelier ranks first even where the calibration map is flat", () => {
    // A map with one flat step over everything: every pair gets the same calibrated P, as the
    // ends of an isotonic map do. The verdict may read that P; the ranking must still see the
    // regression tell the roles apart.
    const model = { ...verdictModel(), calibration: { method: "isotonic" as const, x: [0.5], y: [0.5] } };
    const strong = features(model, { readiness: 1, skills: 1, askWeakest: 1, titleSimilarity: 0.3 });
    const weak = features(model, { readiness: 0, skills: 0, askWeakest: 0, titleSimilarity: 0.4 });
    expect(probabilityFit(model, strong)).toBe(probabilityFit(model, weak));
    const ranked = rankRoles(model, [
      { field: "closer title", features: weak, readiness: 0.2 },
      { field: "fits", features: strong, readiness: 0.9 },
    ]);
    expect(ranked.map((r) => r.field)).toEqual(["fits", "closer title"]);
  });

  it("a role without a model reading ranks after one with it, by readiness among equals", () => {
    const model = verdictModel();
    const ranked = rankRoles(model, [
      { field: "none", readiness: 0.9 },
      { field: "some", features: features(model, { readiness: 0.5, titleSimilarity: 0.2 }), readiness: 0.1 },
    ]);
    expect(ranked[0]!.field).toBe("some");
  });
});
