/**
 * A new graduate's thesis or project work is evidence (lead trial, issue 13: an economics
 * graduate whose dissertation was done in R was told R was "only listed on your profile, with
 * no role, project or certificate behind it"). A course list under education stays a claim.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { loadSkillExtractor } from "../skills-port.ts";

// A resume written for this test.
const RESUME = `Priya Raman
priya.raman@example.org | Bristol, UK

EDUCATION
MSc Data Science, University of Bristol (2023 - 2024)
Thesis: forecasting bus demand with gradient boosting in Python
Relevant coursework: Statistics, Tableau, Machine Learning

EXPERIENCE
Sales Assistant, Boots (2020 - 2023, part time)
- Served customers and handled the till

SKILLS
Python, Tableau, SQL
`;

describe("evidence from studies", () => {
  it("backs a skill used in a thesis, with no years of use", async () => {
    const { skills } = await parseResumeText(RESUME, { skills: await loadSkillExtractor() });
    const python = skills.find((s) => s.name === "Python");
    expect(python?.validated).toBe(true);
    expect(python?.evidence.join(" ")).toMatch(/^studies: "Thesis: forecasting bus demand/);
    expect(python?.years).toBeUndefined();
  });

  it("leaves a skill only named in a course list or a skills list as a claim", async () => {
    const { skills } = await parseResumeText(RESUME, { skills: await loadSkillExtractor() });
    expect(skills.find((s) => s.name === "Tableau")?.validated).toBe(false);
    expect(skills.find((s) => s.name === "SQL")?.validated).toBe(false);
  });
});
