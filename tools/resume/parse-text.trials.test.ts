/**
 * Two readings new users found wrong in trials, on short invented resumes: a headline under
 * the name read as a job, and a degree's field of study read as a soft skill.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";
import { loadSkillExtractor } from "./skills-port.ts";

const now = new Date("2026-01-01T00:00:00Z");

const NURSE = [
  "Ada Lindqvist",
  "Registered Nurse",
  "ada.lindqvist@example.org · Leeds, UK",
  "EXPERIENCE",
  "Staff Nurse | Riverside General Hospital | Leeds | 03/2021 – present",
  "• Cared for up to eight patients per shift on an acute medical ward",
  "Healthcare Assistant | Hillcrest Care Home | York | 06/2018 – 02/2021",
  "• Supported residents with daily living and medication rounds",
  "EDUCATION",
  "BSc Adult Nursing, University of York, 2018",
].join("\n");

const DESIGNER = [
  "Tomas Berg",
  "tomas.berg@example.com · Malmö, Sweden",
  "EXPERIENCE",
  "Visual Designer | Fjord Pixel AB | Malmö | 01/2021 – present",
  "• Designed landing pages in Figma",
  "EDUCATION",
  "BA Communication Design, Lund University, 2020",
  "SKILLS",
  "Figma, Illustrator, typography",
].join("\n");

describe("parseResumeText on resumes from new-user trials", async () => {
  const skills = await loadSkillExtractor();

  it("reads a headline under the name as the person's title, not as a job", async () => {
    const r = await parseResumeText(NURSE, { now, skills });
    expect(r.headline).toBe("Registered Nurse");
    expect(r.experience.map((e) => e.title)).toEqual(["Staff Nurse", "Healthcare Assistant"]);
  });

  it("does not read a degree's field of study as a soft skill", async () => {
    const r = await parseResumeText(DESIGNER, { now, skills });
    expect(r.education[0]?.degree).toBe("BA Communication Design");
    expect((r.softSkills ?? []).map((s) => s.id)).not.toContain("communication");
  });
});
