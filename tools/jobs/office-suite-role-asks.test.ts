/**
 * Described roles whose only listed technologies are an office suite were asked PowerPoint,
 * Word and Outlook and nothing of the work (a new user's trial, issue 13: F3.3 logistics
 * coordinator, F6.1 food service manager, F21.4 nurse manager); a described food safety
 * inspector was asked to "comply with farm regulations" and "monitor logging operations",
 * other branches of its occupation (F13.1). The field's competences are asked, the suite only
 * as nice-to-haves, and a branch title keeps its branch's asks.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

const OFFICE = /^(?:Microsoft (?:Office|Word|Outlook|PowerPoint|Excel)|Spreadsheet software)/;

describe("a described office role whose data lists only an office suite", () => {
  for (const title of ["logistics coordinator", "food service manager", "nurse manager"]) {
    it(`asks the work of a ${title}, the suite only as nice-to-haves`, async () => {
      const role = describeDreamRole(`I want to be a ${title}`, await loadRoleFinder(), getTaxonomy());
      expect(role.skills.every((s) => s.kind === "preferred")).toBe(true);
      const competences = (role.requirementLines ?? []).filter((l) => l.typicalOf);
      expect(competences.length, JSON.stringify(role.requirementLines)).toBeGreaterThanOrEqual(2);
      expect(competences.every((l) => l.kind === "required")).toBe(true);
    });
  }

  it("leads a warehouse lead's gaps with the work, not the office suite", async () => {
    const deps = gapDeps();
    const lead = profile({
      headline: "Warehouse Lead",
      summary: "Warehouse lead.",
      education: [{ degree: "High school diploma", level: "secondary", field: "" }],
      experience: [
        {
          title: "Warehouse Lead",
          company: "Northline",
          start: "2021-01",
          end: "2025-06",
          bullets: ["Counted stock every week and trained new starters on the scanners."],
          skills: [],
        },
      ],
      skills: [],
    });
    const role = describeDreamRole("logistics coordinator", await loadRoleFinder(), deps.graph);
    const gaps = analyze(lead, role, deps).gaps.filter((g) => g.type !== "experience");
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0]!.skill, gaps.map((g) => g.skill).join(", ")).not.toMatch(OFFICE);
  });
});

describe("a branch title of a broad occupation", () => {
  it("asks a food safety inspector no farm or logging work", async () => {
    const role = describeDreamRole("food safety inspector", await loadRoleFinder(), getTaxonomy());
    const competences = (role.requirementLines ?? []).filter((l) => l.typicalOf).map((l) => l.text);
    expect(competences.length).toBeGreaterThan(0);
    expect(competences.join("; ")).not.toMatch(/farm|logging/i);
  });

  it("keeps every competence for the occupation's own name", async () => {
    const role = describeDreamRole("agricultural inspector", await loadRoleFinder(), getTaxonomy());
    const competences = (role.requirementLines ?? []).filter((l) => l.typicalOf).map((l) => l.text);
    expect(competences.join("; ")).toMatch(/farm|logging/i);
  });
});

describe("a duty sentence that lists work", () => {
  it("reads 'Duties and responsibilities include …' as experience with it, not 'Able to duties'", async () => {
    const role = describeDreamRole("operations manager", await loadRoleFinder(), getTaxonomy());
    const lines = (role.requirementLines ?? []).map((l) => l.text);
    expect(
      lines.some((l) => /^Able to (?:duties|usually)\b/i.test(l)),
      lines.join("\n"),
    ).toBe(false);
  });
});
