/**
 * Issue 13 (the outside fit set's UNFIT pairs read FIT in legal, teaching and sales): the right
 * to practise a profession put as a condition of the job is a hard must-have, met only by a
 * licence of its kind. Before, "Admitted to practice law in …", "Bar admission required" and
 * "Qualified Teacher Status is essential" were typed as duties (met by any line that read alike),
 * and "Must hold a valid real estate license" as a licence that was not hard. Ads and resumes
 * are written for this test.
 */
import { describe, expect, it } from "vitest";
import type { CertificationEntry, EducationEntry } from "../../contract/profile.ts";
import { gapDeps, parseAdText, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { shippedEmbedder } from "./evidence.ts";
import { typeRequirements } from "./requirements.ts";

const deps = gapDeps();

const person = (
  title: string,
  bullets: string[],
  certifications: string[] = [],
  education: EducationEntry[] = [{ degree: "BA English", level: "bachelor", field: "English" }],
) =>
  profile({
    headline: title,
    summary: "",
    experience: [{ title, company: "Harlow & Finch", start: "2016-02", end: "2025-06", bullets, skills: [] }],
    certifications: certifications.map((name): CertificationEntry => ({ name, skills: [] })),
    education,
    skills: [],
    totalYearsExperience: 9,
  });

const licenceAsks = (ad: string) =>
  typeRequirements(parseAdText(ad), deps.graph, shippedEmbedder()).filter((r) => r.type === "licence");

/** The ad's hard licence ask as checked against the person: met or not. */
function hardLicenceMet(ad: string, who: ReturnType<typeof person>): boolean | undefined {
  const analysis = analyze(who, parseAdText(ad), deps);
  return analysis.requirements?.find((r) => r.type === "licence" && r.hard)?.met;
}

const ATTORNEY_AD = `Litigation Associate
Requirements:
- Admitted to practise law in the state of Oregon
- 3+ years of civil litigation experience
- Strong legal research and brief writing`;
const PARALEGAL_WORK = [
  "Drafted motions and legal briefs for civil litigation partners",
  "Ran legal research and managed discovery for 40 active cases",
];
const TEACHER_AD = `Year 4 Class Teacher
What we need
Qualified Teacher Status (QTS) is essential.
Experience planning lessons for Key Stage 2.`;
const CLASSROOM_WORK = ["Planned and taught phonics and maths lessons to Year 3 and Year 4 groups"];
const INSURANCE_AD = `Benefits Sales Representative
Requirements
Must hold an active life and health insurance license.
Track record of meeting monthly sales targets.`;
const SALES_WORK = ["Sold dental and vision plans to small employers, 118% of quota in 2023"];

describe("a profession's licence put as a condition is a hard ask of its kind", () => {
  it("types bar admission, QTS, insurance, securities and real estate asks as hard licences", () => {
    const asks = [
      ATTORNEY_AD,
      "Corporate Counsel\nQualifications\nMember in good standing of the Nevada State Bar.\nExperience negotiating supply contracts.",
      "Paralegal Supervisor\nRequirements\nBar admission required.\nCase management software.",
      TEACHER_AD,
      INSURANCE_AD,
      "Wealth Advisor\nRequirements\nMust hold FINRA Series 7 and 66 licenses.\n3+ years advising private clients.",
      "Leasing Agent\nRequirements:\nMust hold a valid real estate license.\nExcellent negotiation skills.",
    ].map((ad) => licenceAsks(ad).filter((r) => r.hard && r.kind === "required").length);
    expect(asks).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("a licence to get later or a nice-to-have one is not hard", () => {
    const later = licenceAsks(
      "Leasing Agent\nRequirements:\nReal estate license, or willing to obtain one within 90 days.\nFriendly phone manner.",
    );
    expect(later.some((r) => r.hard)).toBe(false);
    const plus = licenceAsks("Tutor\nNice to have\nQualified Teacher Status (QTS) is a plus.\nPatience.");
    expect(plus.some((r) => r.hard)).toBe(false);
  });

  it.each([
    [
      "a paralegal / an admitted attorney",
      ATTORNEY_AD,
      PARALEGAL_WORK,
      "Senior Paralegal",
      "Oregon State Bar, admitted 2016",
    ],
    [
      "a teaching assistant / a teacher with QTS",
      TEACHER_AD,
      CLASSROOM_WORK,
      "Class Teacher",
      "Qualified Teacher Status (QTS)",
    ],
    [
      "a plan seller / a licensed agent",
      INSURANCE_AD,
      SALES_WORK,
      "Account Executive",
      "Life & Health Insurance License, Arizona",
    ],
  ])("%s: the work alone does not meet the licence, the licence held does", (_, ad, work, title, held) => {
    const without = person(title, work);
    expect(hardLicenceMet(ad, without)).toBe(false);
    expect(analyze(without, parseAdText(ad), deps).verdict).toBe("UNFIT");
    expect(hardLicenceMet(ad, person(title, work, [held]))).toBe(true);
  });

  it("either a degree or a profession's licence: one hard ask, met by either, not by a lower degree", () => {
    const ad = `Bridge Design Lead
Requirements
You will hold either a Master's degree, chartered status or a PE in civil engineering.
Design experience on concrete structures.`;
    const bridge = ["Designed reinforced concrete footbridges and culverts"];
    const bsc: EducationEntry[] = [
      { degree: "BSc Civil Engineering", level: "bachelor", field: "Civil Engineering" },
    ];
    const msc: EducationEntry[] = [
      { degree: "MSc Civil Engineering", level: "master", field: "Civil Engineering" },
    ];
    expect(hardLicenceMet(ad, person("Structural Engineer", bridge, [], bsc))).toBe(false);
    expect(hardLicenceMet(ad, person("Structural Engineer", bridge, [], msc))).toBe(true);
    expect(
      hardLicenceMet(ad, person("Structural Engineer", bridge, ["Chartered Engineer (CEng), ICE"], bsc)),
    ).toBe(true);
    // "and" asks both: the degree alone does not meet the licence.
    const both = `Maths Teacher
Requirements
A degree in Mathematics or Education and a valid state teaching license.
Experience teaching algebra.`;
    const maths: EducationEntry[] = [{ degree: "BSc Mathematics", level: "bachelor", field: "Mathematics" }];
    expect(hardLicenceMet(both, person("Maths Tutor", ["Taught algebra to small groups"], [], maths))).toBe(
      false,
    );
  });
});
