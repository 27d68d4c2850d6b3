/**
 * "Achievements" under a job, with the next job below it: read as the awards heading, it ended
 * the experience section, and the jobs after it lost their employers (training split, branch
 * resume14o).
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { isJobSubheading } from "./job-subheading.ts";
import { findSections } from "./sections.ts";

const RESUME = `Idris Fenwick-Moyo
idris.fenwick@example.org

WORK EXPERIENCE
Mar 2019 - Present
Logistics Coordinator
Saltmarsh Freight, Hull
Responsibilities
• Planned weekly routes for twelve drivers
Achievements
• Cut empty miles by a fifth in the first year
Jun 2016 - Feb 2019
Warehouse Supervisor
Kestrel Cold Stores, Grimsby
Responsibilities
• Ran the night shift of fourteen pickers
Achievements
• No lost-time injury in three years
EDUCATION
BSc Logistics, University of Lincoln, 2016
`;

describe("achievements inside a job", () => {
  it("do not end the experience section, so the next job keeps its employer", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z"), employers: null });
    expect(parsed.sections.map((s) => s.kind)).toEqual(["contact", "experience", "awards", "education"]);
    const companies = parsed.experience.map((e) => e.company);
    expect(companies.some((c) => c?.startsWith("Saltmarsh Freight"))).toBe(true);
    // "Grimsby" is in no place list, so the place may stay with the name.
    expect(companies.some((c) => c?.startsWith("Kestrel Cold Stores"))).toBe(true);
  });

  it("a real awards section after the jobs stays one", () => {
    const lines = [
      "Experience",
      "Dog Walker",
      "2020 - Present",
      "Achievements",
      "• Honor Roll: 2019 - 2021",
      "• Science Fair, first place, 2020",
    ];
    expect(findSections(lines).sections.map((s) => s.kind)).toEqual(["experience", "awards"]);
    expect(isJobSubheading("ACHIEVEMENTS", ["Jun 2016 - Feb 2019"])).toBe(false);
    expect(isJobSubheading("Achievements", ["• Won a prize", "Jun 2016 - Feb 2019"])).toBe(true);
    expect(isJobSubheading("Achievements", ["• Won a prize", "EDUCATION", "2012 - 2016"])).toBe(false);
  });

  it("a job's achievements named with a word of the person's own stay the job's", () => {
    // Written for this test: "Notable Achievements:" is read as a heading (a known heading word
    // after a word of one's own), so it must not end the experience section above a later job.
    const lines = [
      "PROFESSIONAL EXPERIENCE",
      "Bramblewood Nurseries, Leeds",
      "Head Gardener, 2018 - Present",
      "Notable Achievements:",
      "• Rebuilt the glasshouse irrigation",
      "Fernhill Estates, York",
      "Assistant Gardener, 2014 - 2018",
      "EDUCATION",
      "RHS Level 3, Askham Bryan College, 2014",
    ];
    expect(findSections(lines).sections.map((s) => s.kind)).toEqual(["experience", "education"]);
  });
});
