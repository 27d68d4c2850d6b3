/** How each score is named to a person (score cards, "What changed: …", strengths). One table:
 * the reanalysis summary said "technicalSkills 46 → 49" to a person before it used this. */
import type { ScoreKey } from "./types.ts";

export const SCORE_LABELS: Record<ScoreKey, string> = {
  skills: "Skills",
  experience: "Experience",
  education: "Education",
  cultureFit: "Culture fit",
  location: "Location",
  salary: "Salary",
  technicalSkills: "Technical skills",
  softSkills: "Soft skills",
  domainKnowledge: "Domain knowledge",
  readiness: "Readiness",
  confidence: "Confidence",
};
