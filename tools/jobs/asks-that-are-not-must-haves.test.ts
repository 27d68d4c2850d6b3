/**
 * Issue 13 (evidence18e): of the must-haves read as missing on FIT pairs, a quarter were not
 * must-haves of the candidate at all. Each kind here, in ads written for this test: a job board's
 * flattened header whose "Technologies" tags became required skills, years of a field made into
 * years of each technology listed after it, "X is ideal" read as required, and what the employer
 * offers to teach read as required.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), getTaxonomy());
const skill = (text: string, id: string) => parse(text).skills.find((s) => s.skillId === id);

describe("a flattened job-board header's Technologies tags", () => {
  const AD = [
    "Platform Engineer Acme Media Berlin - Germany Date posted: 2024-03-02 Likes: 0 Dislikes: 0 Love: 0 Job description: Job type: Full-time Experience level: Mid-Level Role: Backend Developer Industry: Streaming Company size: 51-200 people Technologies ruby postgresql kafka Job description About the team We stream concerts to fans in forty countries .",
    "You will keep our playback services fast and reliable for millions of listeners .",
    "You will work with product managers to plan new features .",
  ].join("\n");

  it("are the team's stack, not must-haves, when the ad's text never asks for them", () => {
    const job = parse(AD);
    for (const id of ["ruby", "postgresql", "kafka"]) {
      const s = job.skills.find((x) => x.skillId === id);
      expect(s, id).toBeDefined();
      expect(s!.kind, id).toBe("preferred");
      expect(s!.critical, id).toBe(false);
    }
    // The tag list is no requirement sentence of its own.
    expect((job.requirementLines ?? []).some((l) => /ruby postgresql kafka/.test(l.text))).toBe(false);
  });

  it("are asked where the ad's own requirements ask for them", () => {
    const ad = `${AD}\nRequirements:\nThree years of professional Ruby development\nKnowledge of message queues`;
    expect(skill(ad, "ruby")?.kind).toBe("required");
    expect(skill(ad, "postgresql")?.kind).toBe("preferred");
  });

  it("in the line form are read the same way", () => {
    const ad = [
      "Site Reliability Engineer",
      "Job type:",
      "Full-time",
      "Technologies",
      "terraform ansible",
      "Job description",
      "Requirements:",
      "Experience running Linux servers in production",
    ].join("\n");
    expect(skill(ad, "terraform")?.kind).toBe("preferred");
    expect(skill(ad, "linux")?.kind).toBe("required");
  });
});

describe("years of a field with a list of technologies after it", () => {
  it("are years of the field, not expert must-haves of each technology", () => {
    const ad = [
      "Senior Software Engineer",
      "Requirements:",
      "At least 7 years of experience in software engineering on complex Java, Spring, Hibernate and/or Node.js technologies",
    ].join("\n");
    const job = parse(ad);
    for (const id of ["java", "spring", "nodejs"]) {
      const s = job.skills.find((x) => x.skillId === id);
      expect(s, id).toBeDefined();
      expect(s!.minYears, id).toBeUndefined();
      expect(s!.critical, id).toBe(false);
      expect(s!.kind, id).toBe("required");
    }
    const years = job.experience.find((e) => e.minYears === 7);
    expect(years?.skills).toEqual([]);
  });

  it("stay with the technology they name outright", () => {
    const ad = ["Backend Developer", "Requirements:", "5+ years of Java development"].join("\n");
    const java = skill(ad, "java");
    expect(java?.minYears).toBe(5);
    expect(java?.critical).toBe(true);
  });

  it("stay with the examples of a kind ('a public cloud such as …')", () => {
    const ad = [
      "Cloud Engineer",
      "Requirements:",
      "At least 2 years of experience with a public cloud provider such as AWS, Azure or Google Cloud",
    ].join("\n");
    expect(skill(ad, "aws")?.minYears).toBe(2);
  });
});

describe("what the ad calls ideal, and what it offers to teach", () => {
  it("'X or Y are ideal' is a nice-to-have", () => {
    const ad = [
      "Data Engineer",
      "Requirements:",
      "A degree in a quantitative field",
      "Scala or Rust are ideal",
    ].join("\n");
    expect(skill(ad, "scala")?.kind).toBe("preferred");
  });

  it("a tool the employer will help you ramp up on is not required", () => {
    const ad = [
      "Mobile Developer",
      "Requirements:",
      "Two years building Android apps in Java",
      "You are eager to work with Kotlin - we'll help you ramp up",
    ].join("\n");
    expect(skill(ad, "kotlin")?.kind).toBe("preferred");
    expect(skill(ad, "java")?.kind).toBe("required");
  });
});
