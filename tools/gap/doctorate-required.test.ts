/**
 * Found by the lead while merging a parser fix (2026-12-03): once a health researcher's jobs were
 * read, a postdoctoral research post that requires a completed PhD became "FIT on balance, 86%"
 * for a person whose doctorate is unfinished — the verdict weighed the doctorate like any other
 * ask. Research posts at doctoral level take the finished degree as the entry ticket: unless the
 * ad says equivalent experience will do, a required doctorate not held is a hard ask unmet.
 * The real resume parser, job parser and analysis run; the documents are made up.
 */
import { expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { findEducation } from "../jobs/education.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const researcher = [
  "Amani Otieno",
  "amani.otieno@example.org | Nairobi",
  "EXPERIENCE",
  "Research Associate, Lakeside Institute of Public Health, Nairobi",
  "January 2015 - Present",
  "- Designed and ran community health surveys; analysed the data in R and Stata.",
  "- Taught epidemiology seminars to nursing students; co-authored two conference papers.",
  "Nurse Tutor, Riverbend School of Nursing, Kisumu",
  "March 2008 - December 2014",
  "- Taught clinical nursing and supervised student placements.",
  "EDUCATION",
  "PhD in Epidemiology (in progress), University of Nairobi",
  "Master of Public Health, University of Nairobi, 2012",
  "SKILLS",
  "Epidemiology, R, Stata, survey design, teaching, research",
].join("\n");

const postdoc = (doctorate: string) =>
  [
    "Postdoctoral Researcher in Occupational Health",
    "Northfield University",
    "We study health at work and teach public health.",
    "Requirements:",
    `- ${doctorate}`,
    "- Experience in health research and teaching",
    "- Experience with survey data analysis in R or Stata",
  ].join("\n");

it("reads a required doctorate without an equivalent-experience clause as one nothing stands in for", () => {
  expect(
    findEducation("A completed PhD in public health or epidemiology", "required")?.noSubstitute,
  ).toBeTruthy();
  expect(
    findEducation("PhD in statistics or equivalent industry experience", "required")?.noSubstitute,
  ).toBeUndefined();
  expect(findEducation("A PhD is preferred", "preferred")?.noSubstitute).toBeUndefined();
  // A doctorate the ad calls a plus, in a list of requirements, is preferred, not a hard ask.
  for (const plus of ["A PhD would be a plus", "Doctorate in physics: a big plus", "A PhD is an asset"]) {
    expect(findEducation(plus, "required")).toMatchObject({ kind: "preferred" });
    expect(findEducation(plus, "required")?.noSubstitute).toBeUndefined();
  }
});

it("a postdoc post requiring a completed PhD is UNFIT for someone whose PhD is in progress", async () => {
  const profile = await profileFromText(researcher, NOW);
  const result = analyze(
    profile,
    parseAd(postdoc("A completed PhD in public health, epidemiology or a related field")),
    gapDeps(),
  );
  expect(result.verdict).toBe("UNFIT");
  expect(result.verdictReason).toMatch(/doctorate/);
});
