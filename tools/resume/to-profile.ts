/**
 * ParsedResume -> ProfileSnapshot, the shape the gap analysis and the profile merge read.
 * Proficiency comes from the caller's estimator (tools/skills owns the full rules:
 * stated levels, recency, wording); without one it is inferred from years of use only,
 * and the reason says so.
 */
import type { Proficiency, ProfileSnapshot, UserSkill } from "../profile/types.ts";
import type { ParsedResume, ResumeSkill } from "./types.ts";

export interface ProficiencyEstimate {
  proficiency: Proficiency;
  reason: string;
  stated: boolean;
}

export type ProficiencyEstimator = (skill: ResumeSkill, resume: ParsedResume) => ProficiencyEstimate;

export function proficiencyFromYears(skill: ResumeSkill): ProficiencyEstimate {
  const years = skill.years ?? 0;
  const until = skill.lastUsed ? `, used until ${skill.lastUsed}` : "";
  if (years >= 7) return { proficiency: "expert", reason: `inferred: ${years} years of use${until}`, stated: false };
  if (years >= 4) return { proficiency: "advanced", reason: `inferred: ${years} years of use${until}`, stated: false };
  if (years >= 1.5) return { proficiency: "intermediate", reason: `inferred: ${years} years of use${until}`, stated: false };
  if (skill.validated) return { proficiency: "beginner", reason: "inferred: used in the resume's experience, projects or certifications, under 1.5 years", stated: false };
  return { proficiency: "beginner", reason: "inferred: listed without dated experience", stated: false };
}

export function toProfileSnapshot(parsed: ParsedResume, estimate: ProficiencyEstimator = proficiencyFromYears): ProfileSnapshot {
  const skills: UserSkill[] = parsed.skills.map((s) => {
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
  const strip = <T extends { confidence?: number }>(e: T) => e;
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
    education: parsed.education.map(strip),
    experience: parsed.experience.map(strip),
    projects: parsed.projects.map(({ confidence: _c, ...p }) => p),
    certifications: parsed.certifications.map(({ confidence: _c, ...c }) => c),
    skills,
    languages: parsed.languages,
    totalYearsExperience: parsed.totalYearsExperience,
    preferences: parsed.contact.otherLocations.length ? { desiredLocation: parsed.contact.otherLocations.join("; ") } : {},
    parseConfidence: parsed.confidence,
  };
}
