/**
 * The proficiency estimator the resume parser's profile step takes
 * (tools/resume/to-profile.ts `ProficiencyEstimator`): the person's own words next to any
 * mention win; else the parser's years of use and last use; else evidence.
 */
import type { ProficiencyEstimate as ResumeProficiencyEstimate } from "../resume/to-profile.ts";
import type { ParsedResume, ResumeSkill } from "../resume/types.ts";
import { proficiencyFor } from "./proficiency.ts";

export function estimateResumeProficiency(
  skill: ResumeSkill,
  resume: Pick<ParsedResume, "text">,
  now: Date = new Date(),
): ResumeProficiencyEstimate {
  const p = proficiencyFor(resume.text, skill.spans, {
    years: skill.years,
    lastUsed: skill.lastUsed,
    validated: skill.validated,
    now,
  });
  return { proficiency: p.level, reason: `${p.source}: ${p.reason}`, stated: p.source === "stated" };
}
