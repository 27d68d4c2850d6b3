/**
 * Degrees listed under "Professional Development" or "Certifications" were read as
 * certificates and lost from education (training split, branches resume14o / resume14p):
 * only the education section's lines were read for entries.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { isDegreeLine } from "./degrees-elsewhere.ts";

const RESUME = `Dana Whitfield
dana.whitfield@example.org | (555) 201-3344

EXPERIENCE
Harbor Point Middle School, Tacoma, WA
Assistant Principal, 2012 - Present
• Led scheduling for 900 students

PROFESSIONAL DEVELOPMENT
Bachelor of Science in Biology
Evergreen Coast University
Certified Scrum Master (CSM), 2015
Workshop on Restorative Practices, 2014
`;

describe("a degree under another heading", () => {
  it("is read as education with its school, and is no certificate", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z"), skills: null });
    expect(parsed.education).toContainEqual(
      expect.objectContaining({
        degree: "Bachelor of Science in Biology",
        level: "bachelor",
        institution: "Evergreen Coast University",
      }),
    );
    const certificates = parsed.certifications.map((c) => c.name);
    expect(certificates).toContain("Certified Scrum Master (CSM)");
    expect(certificates.some((c) => /bachelor|university/i.test(c))).toBe(false);
  });

  it("tells degrees from courses, awards, products and sentences about degrees", () => {
    expect(isDegreeLine("Master of Arts, Educational Administration, 2004")).toBe(true);
    expect(isDegreeLine("• MBA, Kestrel Ridge University, 2010")).toBe(true);
    expect(isDegreeLine("Northfield University - B.Sc. Chemistry, 1999")).toBe(true);
    expect(isDegreeLine("MBA Scholarship, 2008")).toBe(false);
    expect(isDegreeLine("Certificate course in Master Data Management")).toBe(false);
    expect(isDegreeLine("MS-Office, Outlook")).toBe(false);
    expect(isDegreeLine("Mentored 12 PhD students through their thesis work")).toBe(false);
    expect(isDegreeLine("High School Diploma, 1995")).toBe(false);
  });
});
