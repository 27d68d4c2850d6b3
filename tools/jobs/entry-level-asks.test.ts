/**
 * A new-graduate ad's degree and years asks (trial F9.1): "a BS in CS or equivalent" is the
 * degree asked and "0-2 years" an entry-level years ask; an ad open to new graduates asks no
 * skill at an advanced level. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { findEducation, namesDegree } from "./education.ts";
import { parseJobPosting } from "./parse.ts";
import { findYears } from "./years.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const NEW_GRAD_AD = `Software Engineer I, Platform
Lakeshore Logistics builds routing software for regional carriers.
You'll fit if you have: a BS in CS or equivalent; strong coding skills in Kotlin, Java or Python; some exposure to SQL; 0-2 years of industry experience.
Extras we'd like: Terraform, Kafka.`;

describe("a new-graduate ad's asks", () => {
  it('reads "BS in CS or equivalent" as a bachelor\'s in computer science, experience accepted', () => {
    const job = parse(NEW_GRAD_AD);
    expect(job.education).toMatchObject({
      kind: "required",
      level: "bachelor",
      fields: ["computer science"],
      equivalentExperience: true,
    });
  });

  it('reads "0-2 years" as an entry-level ask of no minimum', () => {
    const job = parse(NEW_GRAD_AD);
    expect(job.experience.map((e) => [e.minYears, e.kind, e.skills])).toEqual([[0, "required", []]]);
    expect(findYears("0-2 years of industry experience")?.minYears).toBe(0);
    expect(findYears("0 years of experience")).toBeUndefined();
  });

  it("asks no skill above intermediate on an entry-level ad", () => {
    const job = parse(NEW_GRAD_AD);
    expect(job.skills.filter((s) => s.level === "advanced" || s.level === "expert")).toEqual([]);
    // The same asks on a senior ad keep their level.
    const senior = parse(NEW_GRAD_AD.replace("0-2 years", "6+ years"));
    expect(senior.skills.some((s) => s.level === "advanced" || s.level === "expert")).toBe(true);
  });

  it("reads BS / MS abbreviations only where a degree is said", () => {
    expect(findEducation("BS/MS in Electrical Engineering", "required")).toMatchObject({
      level: "bachelor",
      fields: ["electrical engineering"],
    });
    expect(findEducation("Comfortable with MS Office and BA reporting", "required")).toBeUndefined();
    expect(namesDegree("Daily use of MS Excel")).toBe(false);
    expect(namesDegree("B.S. or M.S. in statistics")).toBe(true);
  });

  it('reads "no prior experience required" or "new grads welcome" as an entry-level ask of none', () => {
    const ad = (line: string) =>
      parse(`Support Engineer
Tidewater Tools makes scheduling software for clinics.
Requirements: a degree in a technical field; good written English; curiosity about software. ${line}`);
    for (const line of [
      "No prior experience required.",
      "New grads welcome.",
      "This is an entry-level position.",
    ])
      expect(ad(line).experience.map((e) => e.minYears)).toEqual([0]);
    expect(ad("This is not an entry-level position.").experience).toEqual([]);
    // A stated minimum stands: the statement adds nothing beside it.
    expect(
      ad("2+ years of experience. New grads welcome to apply for our programme.").experience.map(
        (e) => e.minYears,
      ),
    ).toEqual([2]);
  });
});
