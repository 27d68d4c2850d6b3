/**
 * A dream job said as a field of work the role finder does not read as a title ("teaching",
 * "logistics") or the taxonomy does not list as a skill ("trucking", "plumbing") got "I could
 * not match" (lead's new-user trial 2026-12-06e, item 1). The field's practitioner is read from
 * O*NET's titles (the word titles end with that is the field's word in a person's form).
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { practitionerWord } from "./field-occupation.ts";
import { fieldOf, practitionerOf } from "./field-practitioner.ts";
import { loadRoleFinder } from "./target.ts";

describe("a field of work said as the dream job", () => {
  it.each([
    ["I'd love to get into teaching", "Teacher", /^25-/],
    ["moving into logistics", "Logistician", /^13-1081/],
    ["I want to go into plumbing", "Plumber", /^47-2152/],
    ["trucking", "Trucker", /^53-3032/],
    ["hoping to move into accounting", "Accountant", /^13-2011/],
  ])("'%s' is the practitioner's role (%s)", async (text, title, code) => {
    const role = describeDreamRole(text, await loadRoleFinder(), getTaxonomy());
    expect(role.title).toBe(title);
    expect(role.occupation?.code).toMatch(code);
    expect(role.skills.length).toBeGreaterThan(0);
  });

  it("keeps the words that narrow the field beside the title", async () => {
    const role = describeDreamRole("long haul trucking", await loadRoleFinder(), getTaxonomy());
    expect(role.title).toBe("Trucker (long haul trucking)");
  });

  it.each(["kubernetes", "python", "excel"])("a technology (%s) is still no job", async (text) => {
    expect(() =>
      describeDreamRole(`I want to move into ${text}`, loadRoleFinderSync(), getTaxonomy()),
    ).toThrow(/could not match|several roles/);
  });

  it("reads the person's word of a field from the titles' heads, not the field's root", () => {
    expect(practitionerWord("teaching")).toBe("teacher");
    expect(practitionerWord("logistics")).toBe("logistician");
    expect(practitionerWord("banking")).toBe("banker");
    expect(practitionerWord("cooking")).toBe("cook");
    expect(practitionerWord("kubernetes")).toBeUndefined();
  });

  it("never reads a field through a different noun it is built on (hospital|ity is no hospitalist's field)", async () => {
    expect(practitionerWord("hospitality")).toBeUndefined();
    const role = (() => {
      try {
        return describeDreamRole("I want to work in hospitality", loadRoleFinderSync(), getTaxonomy()).title;
      } catch {
        return "no match";
      }
    })();
    expect(role).not.toMatch(/hospitalist/i);
  });

  it("names the practitioner of a field the years are said in (shared with the background reader)", async () => {
    const finder = await loadRoleFinder();
    const field = fieldOf("logistics");
    expect(field).toBeDefined();
    expect(practitionerOf(field!, finder)).toBe("Logisticians");
  });
});

let finderForSync: Awaited<ReturnType<typeof loadRoleFinder>> | undefined;
const loadRoleFinderSync = () => finderForSync!;
await loadRoleFinder().then((f) => {
  finderForSync = f;
});

describe("a field said after a lead-in, in a sentence with other words", () => {
  it("is the field's practitioner, not a title read out of the other words", async () => {
    // "rather" is one letter from O*NET's "Rater" (a billing clerk's title).
    const role = describeDreamRole(
      "actually I'd rather get into logistics",
      await loadRoleFinder(),
      getTaxonomy(),
    );
    expect(role.title).toBe("Logistician");
  });
});
