/**
 * A work condition the ad states against what the person said about it (shifts: score-shifts.ts,
 * kind of employment: score-employment.ts), folded into the culture-fit detail the same way for
 * each: a clash holds the score down and is named first; a fit is said, and stands as the score
 * when values gave nothing; a side that is silent is only noted.
 */
import type { ScoreDetail } from "./types.ts";

/** A condition the person said they cannot take: as low as a clear mismatch of values. */
export const CLASH_SCORE = 20;
/** The weight of culture fit when only a condition informs it. */
const CONDITION_WEIGHT = 0.03;

/** The detail with a sentence and its evidence added; the score as it was. */
export const withNote = (detail: ScoreDetail, note: string, evidence: string[]): ScoreDetail => ({
  ...detail,
  explanation: `${detail.explanation} ${note}`,
  evidence: [...detail.evidence, ...evidence],
});

/** The ad's condition and the person's word on it, compared: `clash` says why when they clash. */
export function withCondition(
  detail: ScoreDetail,
  compared: { clash?: string; fit: string; adSays: string; youSay: string },
): ScoreDetail {
  const { clash, fit, adSays, youSay } = compared;
  if (clash)
    return {
      score: Math.min(detail.score ?? CLASH_SCORE, CLASH_SCORE),
      enoughData: true,
      explanation: `${clash}${detail.enoughData ? ` ${detail.explanation}` : ""}`,
      evidence: [...detail.evidence, adSays, youSay],
      weight: detail.weight || CONDITION_WEIGHT,
    };
  return detail.enoughData
    ? withNote(detail, fit, [adSays, youSay])
    : {
        score: 100,
        enoughData: true,
        explanation: fit,
        evidence: [adSays, youSay],
        weight: detail.weight || CONDITION_WEIGHT,
      };
}
