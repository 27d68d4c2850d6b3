/**
 * "What am I missing for this job?": every gap of the analysis at once, must-haves first,
 * with why the first one matters — the question asks for the list, not for the verdict's rule
 * (explain_score) or for one gap (explain_gap with a skill). Found on the blind conversation
 * sets: "what am i missing for this role" / "¿qué me falta para ese puesto?" were answered with
 * the verdict's reasons.
 */
import type { ReplyPart } from "../../contract/conversation.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { gapPage, gapsInOrder } from "./analysis-parts.ts";
import type { GapListResult } from "./results.ts";
import type { ToolOutput } from "./types.ts";

export function gapListOutput(analysis: Analysis, analysisId: string): ToolOutput<"explain_gap"> {
  const ordered = gapsInOrder(analysis);
  const result: GapListResult = {
    isGap: "list",
    analysisId,
    jobTitle: analysis.job.title ?? null,
    verdict: analysis.verdict,
    gaps: ordered.map((g) => ({ skill: g.skill, kind: g.kind, severity: g.severity })),
    firstReason: ordered[0]?.reason ?? "",
  };
  // Each a whole message that works when tapped: the first two gaps explained, then the plan.
  const next: ReplyPart[] = ordered.length
    ? [
        {
          type: "quickReplies",
          options: [
            ...ordered.slice(0, 2).map((g, i) => ({
              id: `why_gap_${i + 1}`,
              label: `Why ${g.skill}?`,
              text: `why is ${g.skill} a gap?`,
            })),
            { id: "make_roadmap", label: "Make a roadmap", text: "make me a roadmap" },
          ],
        },
      ]
    : [];
  // "Show more", when there are more gaps than a page, joins these replies.
  const page = gapPage(analysis, analysisId, next);
  return {
    result,
    parts: page.parts,
    focus: { ...page.focus, analysisId },
  };
}
