/**
 * trial14 §6: a Spanish nurse's target "coordinadora de ensayos clínicos" got "I know role titles
 * in English only". Clinical research and care words read in four languages; titles written here.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { roleFinder } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "./dream-role.ts";
import { translateTitle } from "./translate-title.ts";

describe("clinical titles in other languages", () => {
  it.each([
    ["coordinador de estudios clínicos", "clinical research coordinator"],
    ["coordenadora de pesquisa clínica", "clinical research coordinator"],
    ["infirmière de recherche clinique", "clinical research nurse"],
    ["enfermero de cuidados intensivos", "intensive care nurse"],
    ["Enfermera de Pediatría", "pediatric nurse"],
  ])("%s -> %s", (said, english) => {
    expect(translateTitle(said)).toBe(english);
  });

  it.each([
    "me gustaría trabajar de coordinadora de ensayos clínicos",
    "je veux devenir coordinatrice de recherche clinique",
  ])("sets the role: %s", (said) => {
    expect(describeDreamRole(said, roleFinder(), getTaxonomy()).title).toBe("Clinical Research Coordinator");
  });
});
