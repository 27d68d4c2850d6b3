/**
 * The place list is data (GeoNames cities of 300,000 people or more, scripts/build-places.ts),
 * not a hand list (issue 13: Leipzig was missing, so "Leipzig, Germany" was no place).
 */
import { describe, expect, it } from "vitest";
import { findLocation } from "../../jobs/header.ts";
import { isPlaceList, PLACE_NAMES, withCityNames } from "./places.ts";

describe("place names", () => {
  it("knows the world's large cities by their own names and ASCII spellings", () => {
    expect(isPlaceList("Leipzig, Germany")).toBe(true);
    expect(isPlaceList("Köln")).toBe(true);
    expect(isPlaceList("Koeln, Germany")).toBe(true);
    expect(isPlaceList("Bonn")).toBe(true);
    expect(findLocation("Data Analyst – Leipzig, hybrid")).toBe("Leipzig");
  });

  it("knows a large city by the names it goes by in other languages (issue 13: Cologne)", () => {
    expect(isPlaceList("Cologne, Germany")).toBe(true);
    expect(isPlaceList("Munich")).toBe(true);
    expect(isPlaceList("München, Germany")).toBe(true);
    expect(findLocation("Marketing Manager – Cologne, hybrid")).toBe("Cologne");
    expect(withCityNames("Cologne, Germany")).toContain("Köln");
    // A town that big keeps its own name: Monaco is not Munich, though Italian calls Munich so.
    expect(withCityNames("Monaco")).toBe("Monaco");
  });

  it("leaves out city names that are ordinary words, and skills", () => {
    expect(PLACE_NAMES.has("reading")).toBe(false);
    expect(PLACE_NAMES.has("sale")).toBe(false);
    expect(isPlaceList("Java, Spring")).toBe(false);
  });
});
