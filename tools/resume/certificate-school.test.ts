/**
 * A certificate studied at a school, its year and school on lines of their own under the
 * certifications heading (trial18: a medical assistant's CV showed no education and the college
 * as a certificate). And an employer's line that runs on after a comma (the building the clinic
 * is in) is no job of its own. Resumes invented.
 */
import { describe, expect, it } from "vitest";
import { certificateSchools } from "./fields/certificate-schools.ts";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");

const resume = (...tail: string[]) =>
  [
    "Marisol Keating",
    "Spokane, WA · marisol.k@example.com",
    "EXPERIENCE",
    "Phlebotomist",
    "Valley Blood Services",
    "2016-2020",
    "Drew blood from donors and labelled samples for the lab.",
    ...tail,
  ].join("\n");

describe("a certificate's school on the line below", () => {
  it("reads the certificate as studied at the college, with its year", async () => {
    const parsed = await parseResumeText(
      resume(
        "CERTIFICATIONS",
        "Phlebotomy Technician Certificate",
        "2015",
        "Spokane Falls Community College",
      ),
      { now },
    );
    expect(parsed.education.map((e) => [e.degree, e.institution, e.end])).toEqual([
      ["Phlebotomy Technician Certificate", "Spokane Falls Community College", "2015"],
    ]);
    expect(parsed.certifications.map((c) => [c.name, c.issuer, c.date])).toEqual([
      ["Phlebotomy Technician Certificate", "Spokane Falls Community College", "2015"],
    ]);
  });

  it("reads the school right under the certificate, with no year", () => {
    const read = certificateSchools(["Licensed Practical Nurse Diploma", "Tacoma Technical Institute"]);
    expect(read.education).toEqual([
      {
        degree: "Licensed Practical Nurse Diploma",
        institution: "Tacoma Technical Institute",
        confidence: 0.6,
      },
    ]);
    expect(read.lines).toEqual(["Licensed Practical Nurse Diploma - Tacoma Technical Institute"]);
  });

  it("leaves certificates with no school as they were", () => {
    const lines = ["CPR Certification", "2019", "First Aid Certificate", "AWS Certified Cloud Practitioner"];
    const read = certificateSchools(lines);
    expect(read.education).toEqual([]);
    expect(read.lines).toEqual(lines);
  });

  it.each([
    [
      [
        "Certificate of participation in a Data Science Workshop held at",
        "Riverside Institute of Technology",
      ],
    ],
    [["Professional Development course", "Hillside Primary School"]],
  ])("reads no studies from a course attended or a venue (%j)", (lines) => {
    expect(certificateSchools(lines).education).toEqual([]);
  });

  it("does not take a sentence that mentions a college for the certificate's school", () => {
    const lines = ["Food Handler Certificate", "Taught the course to new staff at Lakeview College"];
    expect(certificateSchools(lines).education).toEqual([]);
  });
});

describe("a school read with its year, and its certificate read by the labeller", () => {
  it("is one education entry, not two for the same school", async () => {
    const parsed = await parseResumeText(
      resume("EDUCATION", "Pharmacy Technician Certificate", "2014", "Lakeside Community College"),
      { now },
    );
    expect(parsed.education.map((e) => [e.degree ?? null, e.institution, e.end ?? null])).toEqual([
      ["Pharmacy Technician Certificate", "Lakeside Community College", "2014"],
    ]);
  });
});

describe("an employer's line running on after a comma", () => {
  it("is where the employer sits, not a job of its own", async () => {
    const parsed = await parseResumeText(
      resume(
        "Medical Assistant",
        "The Harbor Clinic, Medical Dental",
        "Building",
        "2013-2015",
        "Roomed patients, took histories and ran EKGs.",
      ),
      { now },
    );
    expect(parsed.experience.map((e) => [e.title ?? null, e.company ?? null])).toEqual([
      ["Phlebotomist", "Valley Blood Services"],
      ["Medical Assistant", "The Harbor Clinic"],
    ]);
  });
});
