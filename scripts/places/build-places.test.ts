/**
 * The places build keeps a large city's names in other languages (issue 13: "Cologne" was no
 * place because GeoNames calls the city Köln), but never a name that is another sizeable
 * town's own, an ordinary word or a skill. Made-up rows in the dump's shape, no GeoNames text.
 */
import { describe, expect, it } from "vitest";
import { buildWorldCities } from "../build-places.ts";
import { readAlternateNames, writtenInLatinLetters } from "./read-alternate-names.ts";

const row = (name: string, ascii: string, alternates: string[], country: string, population: number) =>
  [1, name, ascii, alternates.join(","), 0, 0, "P", "PPL", country, "", "", "", "", "", population].join(
    "\t",
  );

describe("buildWorldCities with alternate names", () => {
  const dump = [
    row(
      "Großstadt",
      "Grossstadt",
      ["Bigtown", "BGT", "Grandeville", "Julia", "Tallbridge", "Lungsod ng Bigtown"],
      "DE",
      900_000,
    ),
    row("Tallbridge", "Tallbridge", [], "GB", 50_000),
  ].join("\n");
  const cities = [{ name: "Großstadt", country: "DE", featureCode: "PPLA", population: 900_000 }];
  const built = buildWorldCities(cities, new Set(["grande"]), readAlternateNames(dump), new Set(["julia"]));

  it("adds the city's other names written in Latin letters", () => {
    expect(built.cities).toEqual(
      ["Grossstadt", "Großstadt", "Grosstadt"].filter((n) => built.cities.includes(n)),
    );
    expect(built.alsoCalled["Großstadt"]).toContain("Bigtown");
    expect(built.alsoCalled["Großstadt"]).toContain("Grandeville");
  });

  it("leaves out codes, skills and another sizeable town's own name", () => {
    const others = built.alsoCalled["Großstadt"] ?? [];
    expect(others).not.toContain("BGT");
    expect(others).not.toContain("Julia");
    expect(others).not.toContain("Tallbridge");
  });

  it("reads what a Latin-script text can write", () => {
    expect(writtenInLatinLetters("Cologne")).toBe(true);
    expect(writtenInLatinLetters("München")).toBe(true);
    expect(writtenInLatinLetters("Den Haag")).toBe(true);
    expect(writtenInLatinLetters("CGN")).toBe(false);
    expect(writtenInLatinLetters("Кёльн")).toBe(false);
  });
});
