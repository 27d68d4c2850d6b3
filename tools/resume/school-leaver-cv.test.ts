/**
 * A school-leaver's CV as people send them (trial19): school subjects listed one per line with a
 * column of grades beside them are ONE school certificate, not one education entry per subject
 * (the CV showed 11); the labelled line under a school's line ("QUALIFICATIONS: June 2008") or a
 * grade ("Grade C") names no school; a GNVQ is the
 * vocational qualification. A job whose duties tell the stages held there ("first year as
 * trainee", …, "last six months as shift supervisor") has the last stage as its title, not
 * "trainee, 2008 – present". Resumes invented.
 */
import { describe, expect, it } from "vitest";
import { findDegree } from "./fields/degrees.ts";
import { stageTitles, withLatestStageTitles } from "./fields/progression-title.ts";
import { oneEntryPerCertificateRun } from "./fields/school-subjects.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const schoolLeaver = [
  "CURRICULUM VITAE",
  "NAME:",
  "Kieran Ashdown",
  "ADDRESS:",
  "4 Mill Lane, Stockport SK4 2QT",
  "EDUCATION:",
  "Brinnington High School 2003 - 2008",
  "QUALIFICATIONS: June 2008",
  "GNVQ Foundation (Leisure and Tourism)",
  "Pass",
  "June 2008",
  "GCSE Mathematics",
  "GCSE English Language",
  "GCSE Geography",
  "GCSE Design and Technology",
  "Grade C",
  "Grade D",
  "Grade C",
  "Grade E",
  "WORK EXPERIENCE:",
  "September 2008 to present: Parcel Hub, Stockport Distribution Park",
  "first year as trainee with a month each in goods in, picking, packing and dispatch",
  "second year as warehouse operative in picking",
  "last six months as shift supervisor for the night picking team",
].join("\n");

describe("a school-leaver's CV", () => {
  it("reads the subjects of one certificate as one entry, and no grade or labelled line as a school", async () => {
    const parsed = await parseResumeText(schoolLeaver, { now });
    const gcse = parsed.education.filter((e) => /GCSE/.test(e.schoolCertificate ?? e.degree ?? ""));
    expect(gcse).toHaveLength(1);
    expect(gcse[0]!.field).toBe("Mathematics, English Language, Geography, Design and Technology");
    expect(parsed.education.length).toBeLessThanOrEqual(4);
    const schools = parsed.education.map((e) => e.institution).filter(Boolean);
    expect(schools.some((s) => /grade|qualifications/i.test(s!))).toBe(false);
    expect(parsed.education.map((e) => e.degree)).toContain("GNVQ Foundation (Leisure and Tourism)");
  });

  it("titles a job by the last stage its duties name, the earlier ones positions within it", async () => {
    const parsed = await parseResumeText(schoolLeaver, { now });
    const job = parsed.experience.find((e) => /Parcel Hub/.test(e.company ?? ""));
    expect(job?.title).toBe("shift supervisor");
    expect(job?.current).toBe(true);
    expect(job?.positions?.map((p) => p.title)).toEqual(
      expect.arrayContaining(["trainee", "warehouse operative"]),
    );
  });
});

describe("school certificate subjects", () => {
  const subject = (degree: string, more: object = {}) => ({
    degree,
    level: "secondary" as const,
    confidence: 0.6,
    ...more,
  });

  it("folds a run of one kind and keeps a single subject as written", () => {
    expect(
      oneEntryPerCertificateRun([
        subject("A-level Chemistry", { end: "2012" }),
        subject("A-level Biology"),
        subject("GCSEs in French"),
      ]).map((e) => [e.degree, e.field, e.end]),
    ).toEqual([
      ["A-level", "Chemistry, Biology", "2012"],
      ["GCSEs in French", undefined, undefined],
    ]);
  });

  it("does not fold subjects taken at two different schools", () => {
    expect(
      oneEntryPerCertificateRun([
        subject("GCSE History", { institution: "Hollins Grammar School" }),
        subject("GCSE Music", { institution: "Kettering Sixth Form" }),
      ]),
    ).toHaveLength(2);
  });

  it("reads a GNVQ as the vocational qualification", () => {
    expect(findDegree("GNVQ Intermediate Part Two")).toMatchObject({
      degree: "GNVQ Intermediate Part Two",
      level: "secondary",
    });
    expect(findDegree("Intermediate (Class XII), 2010")?.level).toBe("secondary");
  });
});

describe("stages held at one employer", () => {
  it("needs a run that opens with the first stage", () => {
    expect(stageTitles(["then as barista at the new branch"])).toEqual([]);
    expect(
      stageTitles(["first year as apprentice electrician", "then as site electrician, on call"]),
    ).toEqual(["apprentice electrician", "site electrician"]);
  });

  it("leaves a job that names no stages alone", () => {
    const job = {
      title: "Cook",
      company: "Harbour Grill",
      bullets: ["Prepared 200 covers a night"],
      skills: [],
      confidence: 0.8,
    };
    expect(withLatestStageTitles([job])).toEqual([job]);
  });
});
