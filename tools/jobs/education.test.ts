/**
 * The education level an ad asks for (issue 13: near misses on degree level were read as a
 * bachelor's, so a bachelor holder looked qualified for a master's post). Ads written here.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { findEducation } from "./education.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

describe("education asked", () => {
  it("reads a named master's as master even with 'degree in' after it", () => {
    expect(
      findEducation("You hold a Masters Degree in Accounting or equivalent education.", "required")?.level,
    ).toBe("master");
  });

  it("reads an advanced or postgraduate degree as master's level", () => {
    expect(findEducation("You have an advanced degree in interaction design.", "required")?.level).toBe(
      "master",
    );
    expect(findEducation("A postgraduate degree in public health.", "required")?.level).toBe("master");
  });

  it("reads a postdoctoral-level post as a doctorate asked", () => {
    expect(findEducation("Candidates must be qualified at postdoctoral level.", "required")?.level).toBe(
      "doctorate",
    );
  });

  it("keeps the lowest level accepted, and a degree without a level as a bachelor's", () => {
    expect(findEducation("Bachelor's or master's degree in chemistry.", "required")?.level).toBe("bachelor");
    expect(findEducation("A degree in economics.", "required")?.level).toBe("bachelor");
  });

  it('reads "B.Sc. or M.Sc." cut after the first abbreviation as a bachelor\'s accepted', () => {
    // One long flattened line, as many pasted ads are: it is cut at every full stop.
    const job = parse(`Firmware Engineer
Requirements: You have five years of firmware work on battery-powered devices and you enjoy debugging hardware together with our electronics team in the lab . Hold a relevant B.Sc . or M.Sc . in electronics . Solid C programming and a calm approach to field issues .`);
    expect(job.education?.level).toBe("bachelor");
  });

  it('treats "Who we are looking for" as the requirements section', () => {
    const job = parse(`Payroll Specialist
We run payroll for 40 companies.
Who we are looking for
You have run monthly payroll for at least 3 years.
You hold a Masters Degree in Accounting.`);
    expect(job.requirementLines?.map((l) => l.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/monthly payroll/)]),
    );
    expect(job.education?.level).toBe("master");
  });
});

describe("a degree the ad says nothing stands in for (issue 13, postings)", () => {
  it("is no-substitute, in the same sentence or the next one", () => {
    const same = findEducation(
      "A master's degree in social work is required and cannot be replaced by professional experience.",
      "required",
    );
    expect(same?.noSubstitute).toMatch(/cannot be replaced/);
    expect(same?.equivalentExperience).toBe(false);
    const next = parse(`Clinical Social Worker
Requirements
- Master's degree in social work.
- Experience will not be accepted in lieu of the degree.
- Two years of casework with families.`);
    expect(next.education?.level).toBe("master");
    expect(next.education?.noSubstitute).toMatch(/in lieu/);
  });

  it("is not when experience may stand in", () => {
    const ad = parse(`Analyst
Requirements
- Bachelor's degree in economics or equivalent experience.
- Three years of reporting work.`);
    expect(ad.education?.noSubstitute).toBeUndefined();
  });
});
