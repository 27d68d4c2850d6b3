/**
 * Issue 13 trial: a nice-to-have put in words rather than as a skill the taxonomy knows ("survey
 * platforms such as Qualtrics") was not shown as a gap at all. (Qualtrics itself became a known
 * tool the same day, so the sentence-gap case here is one that names no tool.)
 * Real parts: the job parser, the committed ask classifier, the shipped embedder, the analysis.
 * The ad and resume are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);

const AD = `User Researcher
Requirements
- 2+ years of experience planning and running user interviews
- Ability to turn research findings into clear recommendations for designers
Nice to have
- You have run diary studies over several weeks
- Experience with survey platforms such as Qualtrics or Typeform
- Experience with Figma`;

const RESUME = [
  "Sam Okafor",
  "sam.okafor@example.org",
  "EXPERIENCE",
  "UX Researcher, Greenleaf Insurance, Leeds",
  "March 2021 - Present",
  "- Planned and ran 60 user interviews with policy holders and wrote up the themes for the design team.",
  "- Turned interview findings into recommendations that shaped the new claims flow.",
  "SKILLS",
  "Figma, user interviews, usability testing",
].join("\n");

describe("an ad's nice-to-haves in words", () => {
  it("an unmet one is a low, nice-to-have gap, after the skill gaps", async () => {
    const a = analyze(await profileFromText(RESUME, new Date("2026-06-01")), parse(AD), deps);
    const gap = a.gaps.find((g) => /diary studies/i.test(g.skill));
    expect(gap, JSON.stringify(a.gaps.map((g) => g.skill))).toBeDefined();
    expect(gap).toMatchObject({ type: "duty", kind: "preferred", severity: "low", impact: 0 });
    // A nice-to-have naming a known tool is that tool's gap, not the sentence (Qualtrics is in the
    // taxonomy since 2026-12-04, skills14c).
    expect(a.gaps.find((g) => g.skill === "Qualtrics")).toMatchObject({ kind: "preferred" });
    expect(a.gaps.some((g) => /survey platforms/i.test(g.skill))).toBe(false);
    // A nice-to-have the resume shows (Figma) is no gap, and the must-haves are not listed as nice-to-haves.
    expect(a.gaps.some((g) => g.type === "duty" && /figma|interviews/i.test(g.skill))).toBe(false);
  });
});
