/**
 * trial13 finding 4 (the verdict's part): a must-have soft skill the person only named — even
 * one just added ("add communication as a skill") — stayed "The biggest gaps: Communication" at
 * readiness 85 with no word of why. The analysis marks such a gap as on the profile but
 * unevidenced (tools/gap Gap.unevidenced), and the fit reply says so and asks for an example
 * that shows it. Real parsers, analysis, brief and reply template; the ad and resume are written
 * here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "../../tools/gap/analyze.ts";
import { parseJobPosting } from "../../tools/jobs/parse.ts";
import { extractSkills } from "../../tools/skills/extract.ts";
import { analysisBrief } from "../tools/analysis-parts.ts";
import { toolReply } from "./replies-tools.ts";

const deps = gapDeps();
const AD = [
  "Trainee Ski Instructor",
  "Alpine Peaks School - Innsbruck",
  "What we need:",
  "- Confident skier on red and black runs",
  "- A clear, patient communicator with beginners",
  "- First aid certificate",
].join("\n");
const resume = (skills: string) =>
  [
    "Tom Weber",
    "tom.weber@example.org",
    "EXPERIENCE",
    "Lift Operator, Snowhill Resort, Innsbruck",
    "December 2019 - Present",
    "- Ran the chairlift and checked passes for about 2,000 skiers a day.",
    "SKILLS",
    skills,
  ].join("\n");

const fitReply = async (skills: string) => {
  const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
  const person = await profileFromText(resume(skills), new Date("2024-06-01"));
  const analysis = analyze(person, job, deps, { asOf: "2024-06" });
  return { analysis, reply: toolReply("analyze_fit", analysisBrief(analysis, "a1"), {}, "seed") };
};

describe("a must-have soft skill only listed", () => {
  it("is a gap said as unevidenced, and the reply asks for an example that shows it", async () => {
    const { analysis, reply } = await fitReply("Skiing, Communication");
    const gap = analysis.gaps.find((g) => g.skill === "Communication");
    expect(gap?.unevidenced).toBe(true);
    expect(reply).toMatch(/The biggest gaps: [^.]*Communication/);
    expect(reply).toMatch(
      /Communication is on your profile, but no role, project or certificate shows it yet/,
    );
    expect(reply).toMatch(/Tell me a time you showed Communication/);
  });

  it("a skill not on the profile at all is a plain gap, with no such words", async () => {
    const { analysis, reply } = await fitReply("Skiing");
    expect(analysis.gaps.find((g) => g.skill === "Communication")?.unevidenced).toBeUndefined();
    expect(reply).not.toMatch(/on your profile, but/);
  });
});
