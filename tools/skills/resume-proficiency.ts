/**
 * The proficiency estimator the resume parser's profile step takes
 * (tools/resume/to-profile.ts `ProficiencyEstimator`): the person's own words next to any
 * mention win; else the parser's years of use and last use; else evidence. Expert is never
 * read from a listing alone: a skill no role, project or certificate backs is at most
 * advanced, whatever is written beside it ("Kubernetes (expert)", "Terraform (10 years)").
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
  const reason = `${p.source}: ${p.reason}`;
  const stated = p.source === "stated";
  if (p.level === "expert" && !skill.validated && skill.evidence.length === 0)
    return {
      proficiency: "advanced",
      reason: `${reason}; expert needs a role, project or certificate behind it`,
      stated,
    };
  return { proficiency: p.level, reason, stated };
}
