/**
 * Issue 13 (evidence18e, degree equivalence): a logistics ad's "Secondary education" was read as
 * no education ask, and a school-leaving qualification the resume reader kept as the entry's
 * field ("GCSEs, Bristol Academy, 2016") as no education. Both are the secondary level
 * (tools/jobs/education.ts, degree-levels.ts). Said of the work ("teach in a secondary school")
 * the words ask nothing. The ad and the resume are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { readEducation } from "../jobs/education.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { withDegreeLevels } from "./degree-levels.ts";

const deps = gapDeps();

describe("secondary schooling asked by an ad", () => {
  it("is read as the secondary level, with no field of study", () => {
    for (const ask of ["Secondary education", "Completed high school", "GCSEs in English and Maths"]) {
      const read = readEducation(ask, "required");
      expect(read?.level, ask).toBe("secondary");
      expect(read?.fields, ask).toEqual([]);
    }
  });

  it("is no ask when the words speak of the work", () => {
    expect(readEducation("You will teach maths in a secondary school", "required")).toBeUndefined();
  });

  it("is met by the school-leaving qualification the resume names", async () => {
    const ad = [
      "Logistics Coordinator",
      "Requirements:",
      "Able to handle cargo",
      "Good communication with drivers",
      "Secondary education",
    ].join("\n");
    const resume = [
      "Tom Reed",
      "tom.reed@example.org | Bristol",
      "EXPERIENCE",
      "Warehouse Operative — Avon Distribution, Bristol — May 2019 to present",
      "- Loaded and unloaded delivery trucks and checked goods against the delivery notes",
      "EDUCATION",
      "GCSEs, Bristol Academy, 2016",
    ].join("\n");
    const profile = await profileFromText(resume, new Date("2026-06-01"));
    expect(withDegreeLevels(profile).education.some((e) => e.level === "secondary")).toBe(true);
    const job = parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
    expect(job.education?.level).toBe("secondary");
    const a = analyze(profile, job, deps);
    expect(a.scores.education).toBe(100);
    expect(a.requirements?.find((r) => r.text === "Secondary education")?.met).toBe(true);
  });
});
