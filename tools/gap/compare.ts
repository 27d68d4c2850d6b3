/**
 * Comparing two analyses of the same person: what improved, what got worse, which gaps
 * closed, which are new, and what still blocks a FIT. Pure: it only reads the two results.
 */
import { SCORE_LABELS } from "./score-labels.ts";
import { type Analysis, type Gap, SCORE_KEYS, type ScoreKey } from "./types.ts";

export interface ScoreChange {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface AnalysisComparison {
  verdict: { before: Analysis["verdict"]; after: Analysis["verdict"]; changed: boolean };
  scores: Record<ScoreKey, ScoreChange>;
  improved: string[];
  worsened: string[];
  closedGaps: string[];
  newGaps: string[];
  stillBlocking: Gap[];
  summary: string;
}

const gapKey = (g: Gap) => `${g.type}:${g.skillId ?? g.skill}`;

export function compareAnalyses(before: Analysis, after: Analysis): AnalysisComparison {
  const scores = {} as Record<ScoreKey, ScoreChange>;
  const improved: string[] = [];
  const worsened: string[] = [];
  for (const key of SCORE_KEYS) {
    const b = before.scores[key];
    const a = after.scores[key];
    const delta = a !== null && b !== null ? a - b : null;
    scores[key] = { before: b, after: a, delta };
    if (key === "confidence") continue;
    const label = SCORE_LABELS[key].toLowerCase();
    if (delta !== null && delta > 0) improved.push(`${label} ${b} → ${a}`);
    if (delta !== null && delta < 0) worsened.push(`${label} ${b} → ${a}`);
    if (b === null && a !== null) improved.push(`${label} now scored (${a})`);
  }
  const beforeGaps = new Map(before.gaps.map((g) => [gapKey(g), g]));
  const afterGaps = new Map(after.gaps.map((g) => [gapKey(g), g]));
  const closedGaps = [...beforeGaps.entries()].filter(([k]) => !afterGaps.has(k)).map(([, g]) => g.skill);
  const newGaps = [...afterGaps.entries()].filter(([k]) => !beforeGaps.has(k)).map(([, g]) => g.skill);
  const stillBlocking = after.gaps.filter(
    (g) => g.severity === "critical" || (after.verdict === "UNFIT" && g.severity === "high"),
  );
  const changed = before.verdict !== after.verdict;
  const readiness = scores.readiness;
  const parts = [
    changed
      ? `Verdict changed from ${before.verdict} to ${after.verdict}.`
      : `Verdict is still ${after.verdict}.`,
    readiness.delta !== null && readiness.delta !== 0
      ? `Readiness ${readiness.delta > 0 ? "rose" : "fell"} from ${readiness.before} to ${readiness.after}.`
      : "Readiness did not change.",
    closedGaps.length > 0 ? `Closed: ${closedGaps.join(", ")}.` : "",
    stillBlocking.length > 0 ? `Still blocking: ${stillBlocking.map((g) => g.skill).join(", ")}.` : "",
  ].filter(Boolean);
  return {
    verdict: { before: before.verdict, after: after.verdict, changed },
    scores,
    improved,
    worsened,
    closedGaps: closedGaps.sort(),
    newGaps: newGaps.sort(),
    stillBlocking,
    summary: parts.join(" "),
  };
}
