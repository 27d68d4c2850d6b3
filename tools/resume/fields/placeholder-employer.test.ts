/**
 * A template's placeholder where the employer goes ("Employer's Name", "XXXXXXX") was listed
 * as an employer (training split, branch resume14o); an anonymised name around one stays.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { isPlaceholderEmployer } from "./placeholder-employer.ts";

const RESUME = `Jordan Ashgrove
jordan.ashgrove@example.org

WORK EXPERIENCE
Employer's Name, Leeds
Sales Assistant
June 2019 - Present
• Served customers at the till
XXXX Logistics Pvt. Ltd.
Dispatch Clerk
March 2016 - May 2019
• Booked couriers for two hundred parcels a day
`;

describe("a template's placeholder employer", () => {
  it("is no employer; an anonymised name around one is", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z") });
    const companies = parsed.experience.map((e) => e.company ?? "");
    expect(companies.some((c) => /employer/i.test(c))).toBe(false);
    expect(companies.some((c) => c.startsWith("XXXX Logistics"))).toBe(true);
    expect(parsed.experience.some((e) => e.title === "Sales Assistant")).toBe(true);
  });

  it("only the placeholder alone", () => {
    for (const v of [
      "Employers Name",
      "Name of College",
      "XXXXXXX",
      "Company Name",
      "Name of the Organisation:",
    ])
      expect(isPlaceholderEmployer(v)).toBe(true);
    for (const v of ["XXXX Technologies Pvt. Ltd.", "Nameless Games", "Xerox", "Name Brand Outlet"])
      expect(isPlaceholderEmployer(v)).toBe(false);
  });
});
