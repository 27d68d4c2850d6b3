import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { THIN_ROLE_NOTE } from "./esco-own-role.ts";
import { postingAsks } from "./posting-asks.ts";
import { createRoleFinder } from "./role-finder.ts";

const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());
const graph = getTaxonomy();

describe("a title O*NET files under another kind of work (trial13 §1)", () => {
  it("asks what ESCO's occupation of that name does, not the catch-all's design tools or dance", () => {
    const role = describeDreamRole("how do I get to be a driving instructor?", findRole, graph);
    const asks = [...postingAsks(role).required, ...postingAsks(role).preferred].join(" | ");
    expect(role.title).toBe("Driving Instructor");
    expect(asks).toMatch(/driving/i);
    expect(asks).not.toMatch(/photoshop|dance|martial|computer based training/i);
    expect(role.skills.map((s) => s.skillId)).not.toContain("photoshop");
    // The catch-all's job zone (an associate degree) says nothing of this work.
    expect(role.education).toBeUndefined();
    expect(role.notes[0]).toMatch(/ESCO occupation "Driving Instructor"/);
  });

  it("says plainly when ESCO's description gives no competence to ask: paste an ad", () => {
    const role = describeDreamRole("I'd love to work as a ski instructor", findRole, graph);
    expect(role.skills.map((s) => s.skillId)).not.toContain("photoshop");
    expect(role.notes[0]).toContain(THIN_ROLE_NOTE);
  });

  it("leaves a title O*NET files with its own kind of work as it was", () => {
    const chef = describeDreamRole("I want to be a chef", findRole, graph);
    expect(chef.notes[0]).toMatch(/O\*NET occupation "Chefs and Head Cooks"/);
  });
});
