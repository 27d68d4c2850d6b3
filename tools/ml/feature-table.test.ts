import { describe, expect, it } from "vitest";
import { featureTable, tableRow } from "./feature-table.ts";

describe("the stored feature lookup table", () => {
  const features = Array.from({ length: 5000 }, (_, i) => `c:${i.toString(36)}ü${i % 7}`);
  const table = featureTable(features);

  it("finds every feature at its row and nothing else", () => {
    expect(table.length).toBeGreaterThanOrEqual(features.length * 2);
    features.forEach((f, r) => {
      expect(tableRow(table, features, f)).toBe(r);
    });
    for (const absent of ["", "c:", "constructor", "c:zzzzü1", "w:python"])
      expect(tableRow(table, features, absent)).toBe(-1);
  });

  it("works for no features and refuses a feature listed twice", () => {
    expect(tableRow(featureTable([]), [], "x")).toBe(-1);
    expect(() => featureTable(["a", "b", "a"])).toThrow(/listed twice/);
  });
});
