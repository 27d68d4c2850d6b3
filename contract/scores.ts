/** The analysis contract's 11 score names (ARCHITECTURE.md), in display order. */
export const SCORE_KEYS = [
  "skills",
  "experience",
  "education",
  "cultureFit",
  "location",
  "salary",
  "technicalSkills",
  "softSkills",
  "domainKnowledge",
  "readiness",
  "confidence",
] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];
