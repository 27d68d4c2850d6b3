/** Channel-neutral reply parts from an analysis: the score card and the gap list. */

import type { GapListPart, ScoreCardPart, ScoreKey } from "../../contract/conversation.ts";
import type { Analysis, Strength } from "../../tools/gap/types.ts";

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

export function scoreCard(analysis: Analysis, analysisId?: string): ScoreCardPart {
  return {
    type: "scoreCard",
    ...(analysisId ? { analysisId } : {}),
    ...(analysis.job.title ? { jobTitle: analysis.job.title } : {}),
    verdict: analysis.verdict,
    confidence: analysis.confidence,
    scores: (Object.keys(SCORE_LABELS) as ScoreKey[]).map((key) => ({
      key,
      label: SCORE_LABELS[key],
      value: analysis.scores[key] ?? null,
      explanation: analysis.scoreDetails[key]?.explanation ?? "",
    })),
  };
}

export function gapList(analysis: Analysis, limit = 10): GapListPart {
  return {
    type: "gapList",
    gaps: [...analysis.gaps]
      .sort((a, b) => a.priority - b.priority)
      .slice(0, limit)
      .map((g) => ({
        skill: g.skill,
        kind: g.kind,
        severity: g.severity,
        priority: g.priority,
        reason: g.reason,
      })),
  };
}

/** Score strengths by a few words: their sentence ("Experience: 7.3 … role.") breaks a list. */
const SCORE_STRENGTH: Record<string, string> = {
  experience: "your experience",
  education: "your education",
  "domain knowledge": "your domain knowledge",
  location: "the location",
  salary: "the pay",
  "culture fit": "the culture fit",
};

function strengthName(s: Strength): string {
  if (s.skill) return s.skill;
  const label = s.text.split(":")[0]!.trim().toLowerCase();
  return SCORE_STRENGTH[label] ?? s.text.replace(/[.]+$/, "");
}

/** The few facts a model or a template needs to talk about an analysis. */
export function analysisBrief(analysis: Analysis, analysisId: string) {
  return {
    analysisId,
    jobTitle: analysis.job.title ?? null,
    verdict: analysis.verdict,
    readiness: analysis.scores.readiness,
    confidence: analysis.confidence,
    verdictReason: analysis.verdictReason,
    topGaps: [...analysis.gaps]
      .sort((a, b) => a.priority - b.priority)
      .slice(0, 5)
      .map((g) => ({ skill: g.skill, severity: g.severity, kind: g.kind })),
    strengths: analysis.strengths.slice(0, 3).map(strengthName),
  };
}
