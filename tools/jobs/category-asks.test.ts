/**
 * Issue 13 (the outside split's hidden fits): an ad that asks for a kind of technology by its
 * head noun ("an object-oriented language", "any modern language", "a scripting language", "a
 * major cloud provider") asked nothing, or asked ESCO's "modern languages" (a foreign-language
 * subject) of a developer. The kind is read as the taxonomy's node, and a kind ask is met by
 * evidence of any member: C# shown in work meets "an object-oriented language". The ads and the
 * resume are made up.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "../gap/analyze.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const parse = (ad: string) => parseJobPosting(ad, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const asks = (ad: string) => parse(ad).skills.map((s) => s.skillId);

const AD = [
  "Backend Engineer",
  "What you bring",
  "- Several years building services in an object-oriented language",
  "- Comfortable in a scripting language for tooling",
  "- Production experience with a major cloud provider",
].join("\n");

describe("a kind of technology asked by its head noun", () => {
  it("reads the kind from the taxonomy: object-oriented, scripting, cloud", () => {
    expect(asks(AD)).toEqual(expect.arrayContaining(["oop", "scripting", "cloud-computing"]));
  });

  it("reads 'any modern language' in a developer ad as a programming language, not a foreign-language subject", () => {
    const ad = [
      "Full Stack Developer",
      "Requirements",
      "- 4+ years of experience in any modern language",
    ].join("\n");
    expect(asks(ad)).toContain("programming");
    expect(asks(ad)).not.toContain("modern-languages");
  });

  it("leaves languages people speak and other providers alone", () => {
    const ad = [
      "Translator",
      "Requirements",
      "- A degree in modern languages",
      "- Fluent in two languages",
      "- Liaise with healthcare providers and database vendors",
    ].join("\n");
    expect(asks(ad)).not.toEqual(expect.arrayContaining(["programming"]));
    expect(asks(ad)).not.toContain("databases");
  });

  it("meets 'an object-oriented language' with C# shown in work, and not with Bash alone", async () => {
    const resume = (tools: string) =>
      [
        "Sam Example",
        "sam@example.org | Leeds, UK",
        "EXPERIENCE",
        "Backend Developer — Acme Ltd, Leeds — March 2016 to present",
        `- Built order and billing services in ${tools}`,
        "EDUCATION",
        "BSc Computer Science, University of Leeds, 2015",
      ].join("\n");
    const job = parse(AD);
    const now = new Date("2026-12-01");
    const csharp = analyze(await profileFromText(resume("C# and .NET"), now), job, deps);
    const oop = csharp.matched.find((m) => m.requirementId === "oop");
    expect(oop?.skill).toBe("C#");
    expect(oop?.credit).toBeGreaterThan(0.6);
    const bash = analyze(await profileFromText(resume("Bash"), now), job, deps);
    expect(bash.matched.find((m) => m.requirementId === "oop")).toBeUndefined();
    expect(bash.gaps.some((g) => g.skill === "Object-Oriented Programming")).toBe(true);
  });
});
