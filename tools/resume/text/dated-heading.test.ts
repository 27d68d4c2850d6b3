/**
 * A title-case heading of the person's own making over a job's dates ("Retail Floor
 * Experience" / "Jun 2016 - Aug 2019"): the section never started, and the jobs under it were
 * read as part of the education section above, where no employer is read (training split,
 * branch resume14o).
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { datedExperienceHeading } from "./dated-heading.ts";
import { findSections } from "./sections.ts";

const RESUME = `Teodora Lindqvist
teodora.lindqvist@example.org

Education
Sep 2015 - Jun 2019
Bachelor of Arts (Communications), Harrowgate University
Retail Floor Experience
Jun 2016 - Aug 2019
Store Associate, Copperleaf Outfitters, Leeds
Kept the shop floor stocked and trained three new starters.
Event Support Experience
Oct 2014 - May 2016
Event Assistant, Bramblecourt Hall, York
Set up rooms for weddings and conferences.
`;

describe("a title-case heading of jobs over their dates", () => {
  it("starts an experience section, so the employers under it are read", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z"), employers: null });
    const headings = parsed.sections.filter((s) => s.kind === "experience").map((s) => s.heading);
    expect(headings).toEqual(["Retail Floor Experience", "Event Support Experience"]);
    const companies = parsed.experience.map((e) => e.company);
    expect(companies).toContain("Copperleaf Outfitters");
    expect(companies).toContain("Bramblecourt Hall");
  });

  it("needs a date below, every word capitalised and no job title", () => {
    expect(datedExperienceHeading("Retail Floor Experience", ["Jun 2016 - Aug 2019"])).toBe("experience");
    // The date may come after the employer and title lines.
    expect(
      datedExperienceHeading("Community Outreach Experience", ["Harbour Food Bank", "Driver", "2012 - 2014"]),
    ).toBe("experience");
    expect(datedExperienceHeading("Retail Floor Experience", ["Kept the shop floor stocked"])).toBeNull();
    expect(datedExperienceHeading("Director of Visitor Experience", ["2019 - Present"])).toBeNull();
    expect(datedExperienceHeading("Gained hands-on experience", ["2019 - Present"])).toBeNull();
    expect(datedExperienceHeading("Customer Experience", ["2019 - Present"])).toBeNull();
    expect(datedExperienceHeading("Teaching Skills and Experience", ["2019 - Present"])).toBeNull();
    // Sentences under it: a list of activities, not a job's header.
    expect(
      datedExperienceHeading("Applied Research Experience", [
        "Lead Author. “Harbour Traffic Study.” Commissioned by the port authority.",
        "March 2011.",
      ]),
    ).toBeNull();
  });

  it("leaves a title-case line with no date below where it was", () => {
    const { sections } = findSections([
      "Education",
      "Harrowgate University",
      "Study Abroad Experience",
      "Lyon",
    ]);
    expect(sections.map((s) => s.kind)).toEqual(["education"]);
  });
});
