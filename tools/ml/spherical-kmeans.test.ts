import { describe, expect, it } from "vitest";
import { normalizeRows, sphericalKmeans } from "./spherical-kmeans.ts";

/** Three bundles of directions around the axes of a 3-d space, 4 rows each. */
function bundles(): Float32Array {
  const rows: number[] = [];
  for (let axis = 0; axis < 3; axis++)
    for (let j = 0; j < 4; j++) {
      const v = [0.1 * j, 0.05 * (3 - j), 0.02 * j];
      v[axis] = 1;
      rows.push(...v);
    }
  const out = Float32Array.from(rows);
  normalizeRows(out, 3);
  return out;
}

describe("spherical k-means", () => {
  it("puts rows pointing the same way together and rows pointing elsewhere apart", () => {
    const ids = [...sphericalKmeans(bundles(), 3, 3, { seed: 3 })];
    for (let b = 0; b < 3; b++) expect(new Set(ids.slice(b * 4, b * 4 + 4)).size).toBe(1);
    expect(new Set([ids[0], ids[4], ids[8]]).size).toBe(3);
  });

  it("gives the same groups for the same rows and seed", () => {
    expect([...sphericalKmeans(bundles(), 3, 2, { seed: 5 })]).toEqual([
      ...sphericalKmeans(bundles(), 3, 2, { seed: 5 }),
    ]);
  });
});
