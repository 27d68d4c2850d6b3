/**
 * A dream job said by its field ("I want to move into dental sales, selling kit to clinics")
 * got "I could not match 'dental sales' to a known role" (lead's new-user trial 2026-12-06e: a
 * dental hygienist moving into sales). The field's practitioner is the role, shown with the
 * field said; a technology is never a job.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("a dream job said by its field", () => {
  it.each([
    ["I want to move into dental sales, selling kit to clinics", "dental sales"],
    ["hoping to get into hospitality sales", "hospitality sales"],
  ])("'%s' is the field's sales representative role", async (text, field) => {
    const role = describeDreamRole(text, await loadRoleFinder(), getTaxonomy());
    expect(role.title).toBe(`Sales Representative (${field})`);
    expect(role.occupation?.code).toMatch(/^41-/);
    expect(role.skills.length).toBeGreaterThan(0);
  });

  it("still asks which role a technology means", async () => {
    const finder = await loadRoleFinder();
    expect(() => describeDreamRole("I want to move into kubernetes", finder, getTaxonomy())).toThrow(
      /could not match/,
    );
  });
});
