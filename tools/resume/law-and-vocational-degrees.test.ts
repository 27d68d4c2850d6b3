/**
 * A law degree ("Juris Doctor", "J.D.") and a national vocational qualification ("NVQ Level 3
 * in ...") are degrees of the education section (issue 14, degrees). The degree reader knew
 * neither: the Juris Doctor line lent its school to the next degree and came back only as the
 * labeller's level-less guess, and an NVQ had no level. The J.D. is read at master's level, as
 * the ad side (tools/jobs/education.ts) reads a J.D. ask. Resumes invented; the PDF made by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { type PdfParagraph, pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const LAW = [
  "Dana Whitfield",
  "dana.whitfield@example.com",
  "EDUCATION",
  "Juris Doctor, Hollins Law School, 2011",
  "Bachelor of Arts in History, Ridgeview College, 2008",
  "EXPERIENCE",
  "Associate Attorney",
  "Marsh & Bellamy LLP, Richmond, VA    2011 - 2016",
  "- Drafted motions and briefs",
];

const VOCATIONAL = [
  "Kerry Oduya",
  "kerry.oduya@example.co.uk",
  "QUALIFICATIONS",
  "NVQ Level 3 in Hospitality Supervision, Ashgrove College, 2014",
  "EMPLOYMENT",
  "Restaurant Supervisor",
  "The Old Mill Kitchen, Leeds    2014 - 2019",
  "- Ran the floor team of eight",
];

const degrees = (parsed: { education: { degree?: string; level?: string; institution?: string }[] }) =>
  parsed.education
    .filter((e) => e.degree)
    .map((e) => ({ degree: e.degree, level: e.level, institution: e.institution }));

const pdfOf = (rows: string[]) =>
  pdfkitResume(
    rows.map(
      (text): PdfParagraph =>
        /^[A-Z]+$/.test(text) ? { text, bold: true, size: 12, gapAbove: 0.6 } : { text },
    ),
  );

const LAW_EXPECTED = [
  { degree: "Juris Doctor", level: "master", institution: "Hollins Law School" },
  { degree: "Bachelor of Arts in History", level: "bachelor", institution: "Ridgeview College" },
];
const VOCATIONAL_EXPECTED = [
  { degree: "NVQ Level 3 in Hospitality Supervision", level: "secondary", institution: "Ashgrove College" },
];

describe("law degrees and vocational qualifications", () => {
  it("reads the Juris Doctor at master's level at its own school (pasted text)", async () => {
    expect(degrees(await parseResumeText(LAW.join("\n"), { now, skills: null }))).toEqual(LAW_EXPECTED);
  });

  it("reads the Juris Doctor at master's level at its own school (PDF)", async () => {
    expect(degrees(await parseResume(await pdfOf(LAW), { now, skills: null }))).toEqual(LAW_EXPECTED);
  });

  it("keeps an NVQ as a qualification with its level, not a school certificate (pasted text)", async () => {
    expect(degrees(await parseResumeText(VOCATIONAL.join("\n"), { now, skills: null }))).toEqual(
      VOCATIONAL_EXPECTED,
    );
  });

  it("keeps an NVQ as a qualification with its level, not a school certificate (PDF)", async () => {
    expect(degrees(await parseResume(await pdfOf(VOCATIONAL), { now, skills: null }))).toEqual(
      VOCATIONAL_EXPECTED,
    );
  });
});
