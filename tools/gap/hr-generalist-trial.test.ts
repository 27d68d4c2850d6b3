/**
 * Issue 13 lead trial (an HR generalist moving to a people-operations role): six years as "HR
 * Generalist — <employer>, <city> — <dates>" and two as an HR assistant were read as "4.3 relevant
 * years" against "5+ years in HR or people operations" (the header gave no title, and the ask's
 * "HR" was too short to be a kind of work, so both roles counted as adjacent); "Knowledge of
 * European employment law" was a HIGH gap "Law" beside "labour law" on the resume; "Experience
 * with an HRIS" was not met by SAP SuccessFactors. The real parsers and analysis run; the resume
 * and ad are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const RESUME = [
  "Dana Example",
  "dana@example.org | Wroclaw, Poland",
  "EXPERIENCE",
  "HR Generalist — Trans-Cargo Sp. z o.o., Wroclaw — March 2020 to present",
  "- Ran full-cycle recruitment for warehouse and office roles",
  "- Handled employee relations cases under Polish labour law",
  "- Kept HR records in SAP SuccessFactors",
  "HR Assistant — BrightPath Staffing, Wroclaw — June 2018 to February 2020",
  "- Screened CVs and scheduled interviews",
  "SKILLS",
  "Recruitment, onboarding, employee relations, SAP SuccessFactors, Excel, labour law",
].join("\n");
const AD = [
  "People Operations Manager",
  "Must have",
  "- 5+ years in HR or people operations",
  "- Experience with an HRIS",
  "- Knowledge of European employment law",
].join("\n");

describe("an HR generalist against a people-operations ad", async () => {
  const profile = await profileFromText(RESUME, new Date("2026-12-01"));
  const ad = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
  const a = analyze(profile, ad, deps);
  const ask = (pattern: RegExp) => a.requirements?.find((r) => pattern.test(r.text ?? ""));

  it("reads the title and employer of a 'Title — Employer, City — dates' line", () => {
    expect(profile.experience[0]).toMatchObject({
      title: "HR Generalist",
      company: "Trans-Cargo Sp. z o.o.",
    });
  });

  it("counts every HR role in full toward years in 'HR or people operations'", () => {
    expect(ask(/5\+ years/)?.met).toBe(true);
    expect(a.scoreDetails.experience.explanation).toMatch(/^8\.\d relevant year/);
    expect(a.scoreDetails.experience.evidence.join(" ")).not.toMatch(/adjacent work/);
  });

  it("meets employment law with labour law, and an HRIS with SAP SuccessFactors", () => {
    expect(ask(/employment law/)?.met).toBe(true);
    expect(ask(/HRIS/)?.met).toBe(true);
    expect(a.gaps.filter((g) => g.severity === "high" || g.severity === "critical")).toEqual([]);
  });
});
