/** Skill extraction, proficiency and their measurement (see README.md). */
export { extractSkills, MAX_TEXT_CHARS } from "./extract.ts";
export {
  inferProficiency,
  PROFICIENCY_ORDER,
  type ProficiencyEstimate,
  type ProficiencyEvidence,
  type ProficiencyLevel,
  proficiencyFor,
  statedProficiency,
  statedYears,
} from "./proficiency.ts";
export { estimateResumeProficiency } from "./resume-proficiency.ts";
export type { ExtractedSkill, ExtractOptions, SectionRange, SkillSpanHit } from "./types.ts";
