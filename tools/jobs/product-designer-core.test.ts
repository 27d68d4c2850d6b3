/**
 * Trial14 §3: "Product Designer" as a described dream job was read as O*NET's Web and Digital
 * Interface Designers with that occupation's developer tools required (Git, Jira, Java), and a
 * designer asking "why do i need git?" was sent to Pro Git. A product designer's core asks are
 * design asks (data/roles/role-cores.json). Said in French or Spanish of an app, the title is
 * the software product designer, not ESCO's industrial designer; said of furniture, it still is.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const roleOf = async (said: string) => describeDreamRole(said, await loadRoleFinder(), getTaxonomy());
const requiredOf = async (said: string) =>
  new Set(
    (await roleOf(said)).skills
      .filter((s) => s.kind === "required")
      .flatMap((s) => [s.skillId, ...s.alternatives]),
  );

describe("a product designer's described role", () => {
  it("asks design work, not a developer's tools", async () => {
    for (const said of ["I'd like to work as a product designer", "my goal: digital product designer"]) {
      const required = await requiredOf(said);
      for (const id of ["git", "jira", "java"]) expect(required.has(id), `${said}: ${id}`).toBe(false);
      for (const id of ["figma", "prototyping", "user-research"])
        expect(required.has(id), `${said}: ${id}`).toBe(true);
    }
  });

  it("reads the title said of an app in French or Spanish as the software product designer", async () => {
    for (const said of [
      "je voudrais devenir designer produit dans une startup de paiement en ligne",
      "me gustaría ser diseñadora de producto para una aplicación de viajes",
    ]) {
      const role = await roleOf(said);
      expect(role.occupation?.code, said).toMatch(/^15-1255/);
    }
  });

  it("keeps ESCO's industrial designer when nothing says digital", async () => {
    const role = await roleOf("me gustaría ser diseñador de producto para muebles");
    expect(role.occupation?.code).toMatch(/^27-1021/);
  });
});
