/**
 * Relevant years follow the occupation a role was, not a tool it touched (issue 13: an
 * environmental-engineering career counted 5.2 relevant years toward "5+ years of software
 * development" because one research post wrote a C# script). A role of another SOC family
 * that evidences the job's tools counts as adjacent work (half its months); a role of the
 * job's family counts whole. The real resume parser, job parser and analysis run; the
 * documents are made up for this test.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { jobOccupations, occupationKinship, occupationsOfTitle } from "./occupation-kinship.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const resume = [
  "Sam Placeholder",
  "sam@example.com | Portland, OR",
  "EXPERIENCE",
  "Software Developer, Fernbrook Apps, Portland",
  "January 2022 - Present",
  "- Build C# and .NET services backed by SQL Server.",
  "Environmental Engineer, Cascade Water Consultants, Salem",
  "January 2015 - December 2021",
  "- Designed stormwater treatment systems for municipal clients.",
  "- Wrote a C# tool to model runoff from sensor data.",
  "EDUCATION",
  "MS Environmental Engineering, Oregon State University, 2014",
  "SKILLS",
  "C#, .NET, SQL Server, AutoCAD",
].join("\n");

const ad = [
  "Senior .NET Engineer",
  "Harbor Logistics - Remote",
  "Requirements:",
  "- 5+ years of software development",
  "- C#, .NET and SQL Server",
  "- Experience with REST APIs and Git",
].join("\n");

const relevantYears = (explanation: string | undefined) =>
  Number(/^([\d.]+) relevant year/.exec(explanation ?? "")?.[1] ?? Number.NaN);

describe("occupation kinship of a held role", () => {
  it("places titles in O*NET occupations and their SOC family", () => {
    expect(occupationsOfTitle("Software Developer").some((c) => c.startsWith("15-1"))).toBe(true);
    expect(occupationsOfTitle("Environmental Engineer").some((c) => c.startsWith("17-2"))).toBe(true);
    expect(occupationKinship("Environmental Engineer", ["15-1252.00"])).toBe("foreign");
    expect(occupationKinship("Software Developer", ["15-1252.00"])).toBe("kin");
    expect(occupationKinship("Zorblax Wrangler", ["15-1252.00"])).toBe("unknown");
  });

  it("counts another trade's years that used the job's tools as adjacent, not whole", async () => {
    const person = await profileFromText(resume, NOW);
    const job = parseAd(ad);
    expect(jobOccupations(getTaxonomy(), job).some((c) => c.startsWith("15-1"))).toBe(true);
    const exp = analyze(person, job, deps, { asOf: "2024-06" }).scoreDetails.experience;
    // 2.4 years as a developer, plus half of the 7 engineering years at most.
    const years = relevantYears(exp.explanation);
    expect(years).toBeGreaterThan(2);
    expect(years).toBeLessThan(6.5);
    expect(exp.evidence.find((e) => e.includes("Environmental Engineer"))).toMatch(/adjacent work/);
    expect(exp.evidence.find((e) => e.includes("Software Developer"))).not.toMatch(/adjacent/);
  });
});
