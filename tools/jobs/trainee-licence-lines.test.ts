/**
 * trial13 finding 4: a trainee ad's licence, penalty-points, criminal-record-check and exam lines
 * were read as "years of experience", duties and work to do, and its pay line as an ask, so a
 * bus driver of 19 years with a clean licence read as missing half the ad. Each is now a
 * requirement of its kind: a licence to hold (the years are the licence's), a condition on the
 * driving licence, a DBS check the employer obtains (not a must-have the resume can miss),
 * exams the job trains for (a nice-to-have), and the pay the offer. The ad and resume are made
 * up, in other words than the trial's.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "../gap/analyze.ts";
import { clearanceAsk } from "../gap/clearance.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const AD = [
  "Trainee Driving Instructor - GREEN Light Driving School, Manchester",
  "Train with us and qualify as an approved instructor.",
  "What we need from you:",
  "- Full UK driving licence held for a minimum of 4 years",
  "- A maximum of 3 penalty points",
  "- Enhanced DBS check",
  "- Prepared to study for the instructor qualifying exams",
  "Full or part time, earn up to £33,000",
].join("\n");
const RESUME = [
  "Jo Example",
  "jo@example.org | Manchester, UK",
  "EXPERIENCE",
  "Coach Driver — Northern Coaches, Manchester — 2008 to present",
  "- Drove tour coaches across the UK with a spotless safety record",
  "CERTIFICATIONS",
  "Full UK driving licence (clean)",
  "PCV licence (category D)",
].join("\n");

describe("a trainee ad's licence, points, record check and exam lines", async () => {
  const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
  const analysis = analyze(await profileFromText(RESUME, new Date("2026-12-01")), job, deps);
  const check = (words: RegExp) => analysis.requirements?.find((r) => words.test(r.text));

  it("reads the title line's place as the job's location", () => {
    expect(job.location).toBe("Manchester");
  });

  it("reads the licence held for years as a licence, met by the licence on the resume", () => {
    const licence = check(/driving licence held/);
    expect(licence?.type).toBe("licence");
    expect(licence?.met).toBe(true);
    expect(analysis.requirements?.some((r) => r.type === "years")).toBe(false);
  });

  it("reads penalty points as a condition on the driving licence", () => {
    const points = check(/penalty points/);
    expect(points?.type).toBe("licence");
    expect(points?.met).toBe(true);
  });

  it("reads the DBS check as a record check the employer obtains, not a hard must-have", () => {
    const dbs = check(/DBS/);
    expect(dbs?.type).toBe("clearance");
    expect(dbs?.hard).toBe(false);
  });

  it("asks an already-held DBS check only when the ad says so, and 'dbs' in lower case is databases", () => {
    expect(clearanceAsk("Must hold a current enhanced DBS certificate")?.toObtain).toBe(false);
    expect(clearanceAsk("Tune queries across our production dbs")).toBeUndefined();
  });

  it("reads exams to study for as a credential the job leads to, a nice-to-have", () => {
    const exams = check(/exams/);
    expect(exams?.type).toBe("licence");
    expect(exams?.kind).toBe("preferred");
  });

  it("reads the pay line as the offer, not an ask", () => {
    expect(check(/£33,000/)).toBeUndefined();
  });
});
