/**
 * Skills said in Spanish, French, German or Portuguese were saved in those words ("inventario",
 * "pedidos a proveedores") and never met a job's English asks (lead's new-user trial 2026-12-06e,
 * item 7). They are saved as the taxonomy's English skill, with the words said kept as evidence;
 * a skill with no reading stays as said. Skills written for this test.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createProfileService } from "./service.ts";
import { englishSkillReadings } from "./skill-english-reading.ts";

describeEachDatabase("a skill said in another language", (getDb) => {
  it("is saved as the English skill the taxonomy knows, with the words said", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Cocinero" });
    const service = createProfileService(createProfileRepository(db), getTaxonomy());
    const cases: [string, string][] = [
      ["inventario", "Inventory"],
      ["pedidos a proveedores", "Ordering"],
      ["gestion des stocks", "Inventory Management"],
      ["Bestellungen bei Lieferanten", "Ordering"],
      ["controle de custos", "Cost Control"],
      ["planificación de menús", "Menu planning"],
    ];
    for (const [said, english] of cases) {
      const r = await service.setSkill(me.id, { name: said }, "chat", { allowUnknown: true });
      expect(r.skill.name, said).toBe(english);
      expect(r.recognised, said).toBe(true);
      expect(r.skill.evidence, said).toContain(`said as "${said}"`);
    }
    // No reading: kept under the person's own words, as before.
    const kept = await service.setSkill(me.id, { name: "higiene alimentaria" }, "chat", {
      allowUnknown: true,
    });
    expect(kept.skill.name).toBe("higiene alimentaria");
    expect(kept.recognised).toBe(false);
  });
});

it("reads a Romance skill head first and a generic head only with what it governs", () => {
  expect(englishSkillReadings("gestión de inventario")).toEqual([
    "inventory management",
    "management inventory",
  ]);
  expect(englishSkillReadings("Python")).toEqual([]);
});
