/**
 * Issue 13, "twins": a posting for a specialisation next to the person's. The verdict reads
 * what the ad keeps coming back to (its theme words), counts the roles titled in that theme as
 * relevant years, meets a stated years ask by years rather than by a line that reads alike, and
 * says what it compared. End to end on the real parsers and analysis; resumes and ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profileFromResumeText } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { focusMatch } from "./focus-match.ts";
import {
  type FeatureInput,
  type Features,
  probabilityFit,
  verdictFeatures,
  verdictModel,
} from "./verdict-model.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const PRESCHOOL_AD = `Preschool Teacher
Would you like to shape how young children learn? We are looking for a preschool teacher for our preschool group of three- to five-year-olds, where play-based learning is at the heart of the day.

Requirements
- Experience teaching in a preschool or kindergarten setting
- Knowledge of play-based learning and early literacy
- Strong communication with parents`;

const PE_TEACHER = `Jordan Reyes
jordan.reyes@example.com

EXPERIENCE
Physical Education Teacher, Lincoln High School
August 2016 - Present
- Teach physical education and health to grades 9-12.
- Coach the varsity soccer team and organise the school sports day.

EDUCATION
BS Physical Education, State University, 2016`;

const KINDERGARTEN_TEACHER = `Ana Silva
ana.silva@example.com

EXPERIENCE
Preschool Teacher, Little Oaks Preschool
August 2016 - Present
- Lead a preschool class of four-year-olds with play-based learning and early literacy circles.
- Meet parents every month about each child's progress.

EDUCATION
BA Early Childhood Education, State University, 2016`;

const CONTROLLER_AD = `Cost Controller
Join our finance department as cost controller: you will follow IT spend across finance and business units and give finance leaders insight into cost.

Requirements
- At least 2 years of relevant experience
- Excel at an advanced level`;

const FINANCE_DIRECTOR = `Lee Morgan
lee.morgan@example.com

EXPERIENCE
Director of Finance, Harbor Logistics
January 2012 - Present
- Own the yearly budget and monthly forecast for a 400-person company.
- Built business cases for IT investments with Excel models.

EDUCATION
MBA, City University, 2011`;

describe("the ad's theme against the person's roles", () => {
  it("reads the words an ad keeps coming back to, not the words every ad uses", () => {
    const job = parseAd(PRESCHOOL_AD);
    expect(job.focus).toContain("preschool");
    for (const boilerplate of ["looking", "experience", "strong"])
      expect(job.focus).not.toContain(boilerplate);
  });

  it("a high-school PE teacher does not cover a preschool ad's theme; a preschool teacher does", async () => {
    const job = parseAd(PRESCHOOL_AD);
    const pe = focusMatch(await profileFromResumeText(PE_TEACHER, NOW), job)!;
    const preschool = focusMatch(await profileFromResumeText(KINDERGARTEN_TEACHER, NOW), job)!;
    expect(pe.missing).toContain("preschool");
    expect(preschool.missing).not.toContain("preschool");
    expect(preschool.coverage!).toBeGreaterThan(pe.coverage!);
  });

  it("says what it compared, quoting the person's titles", async () => {
    const a = analyze(await profileFromResumeText(PE_TEACHER, NOW), parseAd(PRESCHOOL_AD), deps);
    expect(a.verdictReason).toMatch(/the ad keeps coming back to "preschool"/);
    expect(a.verdictReason).toContain('"Physical Education Teacher"');
    expect(a.verdictModel!.features.focusCoverage).toBeLessThan(0.6);
  });
});

describe("a must-have that names the ad's theme, not shown (issue 13 item 4)", () => {
  // The 2026-12-07 refit (verdict14w, L2 20 on the duty-ask inputs; verdict13w's refit too) gives
  // themeAskUnmet no weight: the sign-projected fit leaves it at 0 (per-set AUC 0.45 on the dev
  // pairs, 0.35 on the extra pairs labelled the outside way). The theme still weighs through
  // focusCoverage: held here as the PE teacher's P(FIT) below a kindergarten teacher's.
  it("is measured, named in the verdict, and the theme weighs against FIT", async () => {
    const job = parseAd(PRESCHOOL_AD);
    const a = analyze(await profileFromResumeText(PE_TEACHER, NOW), job, deps);
    const f = a.verdictModel!.features as Features;
    expect(f.themeAskUnmet).toBeGreaterThan(0);
    const model = verdictModel();
    expect(model.features).toContain("themeAskUnmet");
    const own = analyze(await profileFromResumeText(KINDERGARTEN_TEACHER, NOW), job, deps);
    expect(probabilityFit(model, f)).toBeLessThan(
      probabilityFit(model, own.verdictModel!.features as Features),
    );
    expect(a.verdictReason).toMatch(/not shown as met on your profile: "Knowledge of play-based learning/);
  });
});

describe("years in the ad's theme", () => {
  it("counts a Director of Finance's years for a cost-controller ad about finance", async () => {
    const a = analyze(await profileFromResumeText(FINANCE_DIRECTOR, NOW), parseAd(CONTROLLER_AD), deps);
    expect(a.scoreDetails.experience.explanation).not.toMatch(/^0 relevant/);
    expect(a.verdictModel!.features.yearsShort).toBe(0);
  });

  it("meets a stated years ask by years held, not by a line that reads alike", () => {
    const years = {
      requirement: {
        type: "years" as const,
        text: "At least 2-3 years of work experience from a similar position",
        kind: "required" as const,
        hard: false,
        years: 2,
        about: "qualification" as const,
      },
      similarity: 0.59,
      met: false,
    };
    const input: FeatureInput = {
      scores: { skills: 50, experience: 0, education: 100, domain: 50 },
      educationAsked: true,
      evidence: [years] as FeatureInput["evidence"],
      titleSimilarity: 0.9,
      criticalUnmet: 1,
      hardUnmet: 0,
      mustHaveMissing: 0,
      educationShort: 0,
      requiredYears: 2,
      heldYears: 0,
      readiness: 40,
    };
    expect(verdictFeatures(input).qualificationWeakest).toBe(0);
    expect(verdictFeatures({ ...input, heldYears: 3 }).qualificationWeakest).toBeGreaterThan(0.9);
    // Years from a seniority word ("Senior ...") are not the employer's minimum: weighed apart.
    const typical = verdictFeatures({ ...input, yearsTypical: true });
    expect(typical.yearsShort).toBe(0);
    expect(typical.yearsShortTypical).toBe(1);
  });
});
