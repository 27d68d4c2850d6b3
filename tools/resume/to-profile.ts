/**
 * ParsedResume -> ProfileSnapshot, the shape the gap analysis and the profile merge read.
 * Proficiency comes from tools/skills (the person's own words win, then years and
 * recency of use, then evidence); a caller may pass another estimator.
 */
import type { Proficiency, ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { estimateResumeProficiency } from "../skills/resume-proficiency.ts";
import type { ParsedResume, ResumeSkill } from "./types.ts";

export interface ProficiencyEstimate {
  proficiency: Proficiency;
  reason: string;
  stated: boolean;
}

export type ProficiencyEstimator = (skill: ResumeSkill, resume: ParsedResume) => ProficiencyEstimate;

export function toProfileSnapshot(
  parsed: ParsedResume,
  options: { now?: Date; estimate?: ProficiencyEstimator } = {},
): ProfileSnapshot {
  const now = options.now ?? new Date();
  const estimate: ProficiencyEstimator =
    options.estimate ?? ((skill, resume) => estimateResumeProficiency(skill, resume, now));
  const every = [
    ...parsed.skills,
    ...(parsed.softSkills ?? []),
    ...(parsed.spokenLanguageSkills ?? []),
    ...(parsed.certificationSkills ?? []),
  ];
  const skills: UserSkill[] = every.map((s) => {
    const p = estimate(s, parsed);
    return {
      skillId: s.id,
      name: s.name,
      proficiency: p.proficiency,
      proficiencyReason: p.reason,
      proficiencyStated: p.stated,
      years: s.years,
      lastUsed: s.lastUsed,
      source: "resume",
      evidence: s.evidence,
      validated: s.validated,
    };
  });
  return {
    contact: {
      name: parsed.contact.name?.value,
      email: parsed.contact.email?.value,
      phone: parsed.contact.phone?.value,
      location: parsed.contact.location?.value,
      links: parsed.contact.links,
    },
    summary: parsed.summary,
    headline: parsed.headline,
    education: parsed.education.map(({ schoolCertificate, ...e }) =>
      schoolCertificate ? { ...e, degree: schoolCertificate } : e,
    ),
    // Positions held within a job are not jobs: the profile lists each job by its title.
    experience: parsed.experience.map(({ positions: _p, ...e }) => e),
    // Activities outside jobs are evidence as projects are (fields/activities.ts).
    projects: [...parsed.projects, ...(parsed.activities ?? [])].map(({ confidence: _c, ...p }) => p),
    certifications: parsed.certifications.map(({ confidence: _c, ...c }) => c),
    skills,
    languages: parsed.languages,
    ...(parsed.languageLevels ? { languageLevels: parsed.languageLevels } : {}),
    totalYearsExperience: parsed.totalYearsExperience,
    preferences: parsed.contact.otherLocations.length
      ? { desiredLocation: parsed.contact.otherLocations.join("; ") }
      : {},
    parseConfidence: parsed.confidence,
  };
}
