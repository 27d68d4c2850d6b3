/**
 * An ad that asks nothing and only says what the job is ("We are looking for new staff for our
 * kitchen. The job is washing up and preparing vegetables, evenings and weekends.") still says
 * what a person must be able to do: its stated work is the ask when nothing else is. Without
 * it such an ad had no ask at all, so nothing could be scored and a cook who had done exactly
 * that work was "UNFIT: not enough data". Each sentence is a candidate only: tools/gap's ask
 * classifier keeps those that read as work (not the place, the hours or the pay).
 */
import type { Segment } from "./segments.ts";
import type { RequirementLine } from "./types.ts";

/** Sentences kept: a duty-only ad is short, and its first sentences say what the job is. */
const MAX_STATED = 8;
const MIN_CHARS = 15;

export function statedWorkLines(segments: readonly Segment[]): RequirementLine[] {
  return segments
    .filter((s) => (s.section === "intro" || s.section === "responsibilities") && !s.metaLabel)
    .map((s) => s.text.trim())
    .filter((text) => text.length >= MIN_CHARS && /\p{L}{3}/u.test(text))
    .slice(0, MAX_STATED)
    .map((text) => ({ text, kind: "required" as const, statedWork: true as const }));
}
