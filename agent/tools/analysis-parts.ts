/** Channel-neutral reply parts from an analysis: the score card and the gap list. */

import type { GapListPart, ReplyPart, ScoreCardPart, ScoreKey } from "../../contract/conversation.ts";
import { SCORE_LABELS } from "../../tools/gap/score-labels.ts";
import type { Analysis, Strength } from "../../tools/gap/types.ts";
import { firstPage, PAGE_SIZES, withMoreReplies } from "./list-pages.ts";
import type { FocusUpdate } from "./types.ts";

/**
 * An analysis's gap list as the first page of its gaps: the card, "Show more" when there
 * are more than a page, and the page state "more" goes on from.
 */
export function gapPage(
  analysis: Analysis,
  analysisId: string,
  replies: ReplyPart[] = [],
): { parts: ReplyPart[]; focus: FocusUpdate } {
  const total = analysis.gaps.length;
  if (total === 0) return { parts: [], focus: { page: null } };
  const shown = Math.min(total, PAGE_SIZES.gaps);
  const title = `Gaps for ${analysis.job.title ?? "this job"}`;
  return {
    parts: withMoreReplies([gapList(analysis), ...replies], shown, total, "gaps"),
    focus: { page: firstPage({ kind: "gaps", title, total, analysisId }, shown) },
  };
}

export { SCORE_LABELS };

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

/** Gaps most important first: the order every gap list and page shows them in. */
export const gapsInOrder = (analysis: Analysis) => [...analysis.gaps].sort((a, b) => a.priority - b.priority);

/** Gaps `from`-`to` (a page; the first by default) of the analysis, most important first. */
export function gapList(analysis: Analysis, from = 0, to = PAGE_SIZES.gaps): GapListPart {
  return {
    type: "gapList",
    gaps: gapsInOrder(analysis)
      .slice(from, to)
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
    /** How many gaps in all, and how many the gap list shows (the rest on "more"). */
    gapCount: analysis.gaps.length,
    gapsShown: Math.min(analysis.gaps.length, PAGE_SIZES.gaps),
    topGaps: gapsInOrder(analysis)
      .slice(0, 5)
      .map((g) => ({
        skill: g.skill,
        severity: g.severity,
        kind: g.kind,
        ...(g.unevidenced ? { unevidenced: g.unevidenced } : {}),
      })),
    strengths: analysis.strengths.slice(0, 3).map(strengthName),
  };
}
