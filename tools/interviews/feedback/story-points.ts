/**
 * Key points of a behavioural question that name a part of the story itself ("The source of
 * the pressure", "The result and what you learned", "Outcome and follow-up") are met where
 * the STAR check found that part: the words of a story's ending rarely repeat the point's
 * words. Trial 2026-12-06 F13: a complete story (a rush, the steps taken, the drawer
 * balanced) was told "Missing: the source of the pressure" and "Missing: the result".
 */
import type { KeyPointAnalysis, KeyPointResult } from "./key-points.ts";
import type { StarAnalysis, StarPart } from "./star.ts";

/** A point that opens by naming a part of the story (not one that only mentions a word of it). */
const NAMES_PART: [StarPart, RegExp][] = [
  ["situation", /^(?:the |a )?(?:source|cause|situation|context|background|setting|trigger)\b/i],
  ["action", /^(?:the |your |concrete |specific )?(?:actions?|steps?)\b/i],
  ["result", /^(?:the |a |clear |measured |measurable )?(?:results?|outcomes?|impact|ending)\b/i],
];
/** A point that asks for a number: met in full only by a measured result. */
const ASKS_NUMBER = /\b(measur|number|numbers|metric|quantif)/i;

export function creditStoryParts(analysis: KeyPointAnalysis, star: StarAnalysis): KeyPointAnalysis {
  const points = analysis.points.map((p): KeyPointResult => {
    if (p.coverage === "covered") return p;
    const part = NAMES_PART.find(([, re]) => re.test(p.point.trim()))?.[0];
    if (!part || !star.parts[part].present) return p;
    const full = part !== "result" || star.quantifiedResult || !ASKS_NUMBER.test(p.point);
    return { ...p, coverage: full ? "covered" : "partial", evidence: star.parts[part].evidence };
  });
  const earned = points.reduce(
    (sum, p) => sum + (p.coverage === "covered" ? 1 : p.coverage === "partial" ? 0.5 : 0),
    0,
  );
  return { points, score: points.length ? Math.round((earned / points.length) * 100) : 0 };
}
