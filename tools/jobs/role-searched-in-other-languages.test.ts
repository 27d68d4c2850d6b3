/**
 * conv12r (a new-user trial and blind8 classes; titles written for this test):
 * - German feminine titles built on an English title word ("Controllerin") were not matched;
 * - "je cherche un poste de …", "busco trabajo de …", "procuro uma vaga de …" had no lead-in, so
 *   the whole sentence was searched (a French accountant's was a police officer);
 * - a French title ran on into "à <city>" ("\b" after "à" never matched).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { createRoleFinder } from "./role-finder.ts";
import { rolePhrase } from "./role-lead-ins.ts";
import { withoutGermanFeminine } from "./translate-title.ts";

const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());
const graph = getTaxonomy();

describe("German feminine titles on English title words", () => {
  it("drops -in only where the rest is a title word", () => {
    expect(withoutGermanFeminine("Controllerin")).toBe("Controller");
    expect(withoutGermanFeminine("Marketing Managerin")).toBe("Marketing Manager");
    expect(withoutGermanFeminine("Berlin")).toBe("Berlin");
  });
  it("sets the role", () => {
    expect(describeDreamRole("ich würde gern Controllerin werden", findRole, graph).title).toMatch(
      /Controller/,
    );
  });
});

describe("the kind of post searched for, in other languages", () => {
  it.each([
    ["je cherche un poste de caissière, le week-end si possible", "caissière", "French"],
    ["je recherche un emploi d'assistante de direction à Nantes", "assistante de direction", "French"],
    ["busco trabajo de recepcionista en Guadalajara", "recepcionista", "Spanish or Portuguese"],
    ["procuro uma vaga de analista de marketing remoto", "analista de marketing", "Spanish or Portuguese"],
  ])("%s", (text, phrase, language) => {
    expect(rolePhrase(text)).toEqual({ phrase, language });
  });
  it("a searched-for title in French reaches the English role", () => {
    expect(
      describeDreamRole("je recherche un poste d'assistante administrative à Lille", findRole, graph).title,
    ).toBe("Administrative Assistant");
  });
});
