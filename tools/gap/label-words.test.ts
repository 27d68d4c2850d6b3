import { describe, expect, it } from "vitest";
import { gapDeps, job, profile, requirement } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { skillsByLabelWords } from "./label-words.ts";

const deps = gapDeps();
const ids = (line: string) => [...skillsByLabelWords(line, deps.graph).keys()];

describe("field skills named in other word forms", () => {
  it("finds a duty written as a resume writes it", () => {
    expect(ids("Administered medications to up to 8 patients per shift")).toContain("patient-care");
    expect(ids("Planned lessons for a year 5 science class")).toContain("lesson-planning");
    // The taxonomy names this duty itself now (month-end close, under Accounting), so an
    // accounting ask is met through the child skill.
    expect(ids("Closed the month-end books and reconciled accounts")).toContain("month-end-close");
    expect(deps.graph.get("month-end-close")?.parents).toContain("accounting");
  });

  it("does not read a job title as the field's skill", () => {
    expect(ids("Mechanical Engineer")).toEqual([]);
    expect(ids("Senior Project Manager")).toEqual([]);
  });

  it("needs every word of the label near each other", () => {
    expect(ids("Developed REST services in Java for the payments team")).toEqual([]);
    expect(
      ids("Administered the shared drive; later moved to a team that tracked medications"),
    ).not.toContain("patient-care");
  });
});

describe("a nurse's duties against a role that asks for patient care", () => {
  // Invented: the resume lists no skills at all, only what the nurse did.
  const nurse = profile({
    experience: [
      {
        title: "Staff Nurse",
        company: "City Hospital",
        start: "2016-01",
        end: "2023-01",
        bullets: ["Administered medications and IV fluids to up to 8 patients per shift"],
        skills: [],
      },
    ],
    skills: [],
  });
  const ad = job({ title: "Ward Nurse", skills: [requirement("patient-care")] });

  it("credits the duty as the skill, quoting the bullet", () => {
    const a = analyze(nurse, ad, deps);
    const m = a.matched.find((x) => x.requirementId === "patient-care");
    expect(m?.credit).toBeGreaterThan(0.5);
    expect(m?.evidence.join(" ")).toMatch(/Administered medications and IV fluids/);
  });
});
