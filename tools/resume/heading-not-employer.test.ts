/**
 * A heading the heading list lacks, written in capitals above a job ("CAREER OVERVIEW",
 * "PROJECT SUMMARY"), was read as that job's employer (training split, branch resume14n: four
 * such values, none of them a labelled employer). Its words are section-heading words only.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";
import { onlyHeadingWords } from "./text/heading-words.ts";

const RESUME = `Dana Whitfield
dana.whitfield@example.org
Duluth, MN

EXPERIENCE
CAREER OVERVIEW
REGIONAL MANAGER (March 2004 - Present)
Ran four depots and 60 drivers; cut late deliveries by a third.
Lakeshore Freight
DEPOT SUPERVISOR (June 1998 - February 2004)
Scheduled night shifts and trained new loaders.
`;

describe("a heading read as an employer", () => {
  it("is not the employer of the job under it", async () => {
    const parsed = await parseResumeText(RESUME, { now: new Date("2026-12-01T00:00:00Z") });
    const companies = parsed.experience.map((e) => e.company ?? "");
    expect(companies.some((c) => /overview/i.test(c))).toBe(false);
    expect(parsed.experience.some((e) => /REGIONAL MANAGER/.test(e.title ?? ""))).toBe(true);
  });

  it("is told from an employer by its words", () => {
    expect(onlyHeadingWords("CAREER OVERVIEW")).toBe(true);
    expect(onlyHeadingWords("EDUCATIONAL & PROFESSIONAL DEVELOPMENT")).toBe(true);
    expect(onlyHeadingWords("Career Overview")).toBe(false);
    expect(onlyHeadingWords("COMPUTER SCIENCES CORPORATION")).toBe(false);
    expect(onlyHeadingWords("TRAINING")).toBe(false);
  });
});
