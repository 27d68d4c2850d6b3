/**
 * Titles and employers cut out of a longer line (issue 14): the shapes of a cut are cleaned,
 * names are left alone. Values invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import type { ParsedExperience } from "../types.ts";
import { cleanEmployer, cleanTitle, withoutEntryFragments } from "./entry-fragments.ts";

describe("cleanTitle", () => {
  it.each([
    ["April 2013 Senior Software Engineer", "Senior Software Engineer"],
    ["2019 Software Engineer", "Software Engineer"],
    ["Sept. 2016 - Data Analyst", "Data Analyst"],
    ["Freelance Developer (C++/Qt", "Freelance Developer"],
    ["Web Developer Consultant (at Harlow Press", "Web Developer Consultant"],
  ])("%s -> %s", (title, clean) => {
    expect(cleanTitle(title)).toBe(clean);
  });

  it("drops a note's tail", () => {
    expect(cleanTitle("(Freelance Project)]")).toBeUndefined();
    expect(cleanTitle("Android) / Backend")).toBeUndefined();
  });

  it("unwraps a bracketed title and keeps the words after a stray bracket", () => {
    expect(cleanTitle("[Research Assistant]")).toBe("Research Assistant");
    expect(cleanTitle("(Designation: Software Engineer)")).toBe("Designation: Software Engineer");
    expect(cleanTitle("HALDEN] SAP EWM Analyst")).toBe("SAP EWM Analyst");
    expect(cleanTitle("(Partner Operations Project Manager (APAC)")).toBe(
      "Partner Operations Project Manager (APAC)",
    );
  });

  it("leaves titles that only hold a number or closed brackets", () => {
    for (const title of [
      "Software Engineer (Contract)",
      "Level 2 Support Engineer",
      "Software developer level III",
      "2nd Shift Supervisor",
      "Team Lead [Payments]",
    ])
      expect(cleanTitle(title)).toBe(title);
  });
});

describe("cleanEmployer", () => {
  it("drops a head cut off, an address, a note's tail", () => {
    for (const company of [
      "in Hospital and Health Information Systems",
      "AND HISTORY",
      "4 Architecture Drive",
      "1200 N. Main Street",
      "Amazon Redshift), Java, Scala",
    ])
      expect(cleanEmployer(company)).toBeUndefined();
  });

  it("ends a name before a bracket left open", () => {
    expect(cleanEmployer("Retirement Partners Group, Hopewell, NJ (since")).toBe(
      "Retirement Partners Group, Hopewell, NJ",
    );
    expect(cleanEmployer("EDSA (Education Foundation for Systems")).toBe("EDSA");
  });

  it("leaves names that start with a number, a capital joiner word or hold brackets", () => {
    for (const company of [
      "3M",
      "7-Eleven",
      "84 Lumber",
      "Bank of America",
      "AND Digital",
      "Of Counsel Partners",
      "Tata Consultancy Services (TCS)",
      "The Home Depot",
    ])
      expect(cleanEmployer(company)).toBe(company);
  });
});

describe("withoutEntryFragments", () => {
  const job = (title?: string, company?: string): ParsedExperience => ({
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    bullets: [],
    skills: [],
    confidence: 0.8,
  });

  it("cleans in place and drops a job left with neither title nor employer", () => {
    const kept = job("April 2013 Senior Software Engineer", "Brightwave Labs");
    const out = withoutEntryFragments([kept, job("(Freelance Project)]", "4 Architecture Drive")]);
    expect(out).toEqual([job("Senior Software Engineer", "Brightwave Labs")]);
    expect(out[0]).toBe(kept);
  });

  it("keeps a job that named neither to begin with (its dates and positions)", () => {
    const dated = { ...job(), start: "2008", positions: [{ title: "Research Programmer" }] };
    expect(withoutEntryFragments([dated])).toEqual([dated]);
  });
});

describe("a parsed resume whose note wraps inside a bracket", () => {
  it("gives no title or employer with a bracket left open", async () => {
    const text = [
      "Morgan Reyes",
      "morgan.reyes@example.com",
      "EXPERIENCE",
      "Northgate Systems, Freelance Developer (C++/Qt",
      "Android) 2010 - 2012",
      "- Wrote desktop tools for field engineers",
    ].join("\n");
    const parsed = await parseResumeText(text, { now: new Date("2026-12-01T00:00:00Z"), skills: null });
    const values = parsed.experience.flatMap((e) => [e.title, e.company]).filter(Boolean) as string[];
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v.split("(").length, v).toBe(v.split(")").length);
  });
});
