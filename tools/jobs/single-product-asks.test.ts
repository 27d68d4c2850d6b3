/**
 * A described role whose occupation O*NET has no posting data for (no tool flagged In Demand)
 * was asked every kind of software its field concentrates, each named by the one product
 * O*NET happens to list: a cook aiming at kitchen manager got Delphi Technology, IBM Domino,
 * Quizlet and Microsoft Publisher as nice-to-haves and eight of ten roadmap weeks on them (a new
 * user's trial, issue 13). Such a kind is asked only with a Hot tool, several listed products or an
 * example in ordinary words that names the work (a barber's appointment scheduling).
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("a described role with no posting data", () => {
  it("asks a kitchen manager for a POS system, not for software O*NET names once", async () => {
    const role = describeDreamRole("I want to be a kitchen manager", await loadRoleFinder(), getTaxonomy());
    const names = role.skills.map((s) => s.name).join(" | ");
    expect(names).not.toMatch(/Delphi Technology|IBM Domino|Quizlet|Microsoft Publisher/);
    expect(names).toMatch(/POS software/);
  });

  it("still asks a barber the software O*NET names in ordinary words (appointment scheduling)", async () => {
    const role = describeDreamRole("I want to be a barber", await loadRoleFinder(), getTaxonomy());
    expect(role.skills.map((s) => s.name).join(" | ")).toMatch(/Appointment scheduling/);
  });
});
