/**
 * "jefe de cocina" was a Kitchen Manager of O*NET's food preparation supervisors (35-1012), while
 * the title means head chef (lead's new-user trial 2026-12-06e, item 10). Its English words
 * ("kitchen manager") are a title O*NET files under three occupations; ESCO, the European
 * classification, files it under head chef, and a title said in a European language is read so.
 */
import { describe, expect, it } from "vitest";
import { europeanTitleReading } from "../../data/roles/european-title-readings.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("a title said in a European language is read as Europe reads it", () => {
  it.each([
    "quiero ser jefe de cocina",
    "me gustaría trabajar como jefa de cocina",
    "quero ser chefe de cozinha",
    "ich möchte Küchenchef werden",
  ])("'%s' is a head chef", async (text) => {
    const role = describeDreamRole(text, await loadRoleFinder(), getTaxonomy());
    expect(role.occupation?.code).toBe("35-1011.00");
    expect(role.title).toMatch(/head chef/i);
  });

  it.each([
    ["quiero ser jefe de ventas", "11-2022.00"],
    ["quiero ser gerente de restaurante", "11-9051.00"],
    ["I want to be a kitchen manager", "35-1012.00"],
  ])("a title whose reading is not in question keeps it ('%s')", async (text, code) => {
    const role = describeDreamRole(text, await loadRoleFinder(), getTaxonomy());
    expect(role.occupation?.code).toBe(code);
  });

  it("reads only titles O*NET files under several occupations", () => {
    expect(europeanTitleReading("Kitchen Manager")).toBe("head chef");
    expect(europeanTitleReading("sales manager")).toBeUndefined();
  });
});
