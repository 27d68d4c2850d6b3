/**
 * An ad that asks nothing and only says what the job is ("We are looking for new staff for our
 * kitchen. The job is washing up and preparing vegetables, evenings and weekends.") still says
 * what a person must be able to do: its stated work is the ask when nothing else is. Without
 * it such an ad had no ask at all, so nothing could be scored and a cook who had done exactly
 * that work was "UNFIT: not enough data". A sentence of the job's terms only (the place, the
 * hours, the pay) states no work.
 */
import type { Segment } from "./segments.ts";
import type { RequirementLine } from "./types.ts";

/** A sentence of the job's terms, not its work: when, where, for how much, how to apply. */
const TERMS =
  /\b(?:hours?|days? a week|per week|a week|weekends?|week-ends?|shifts?|schedule|rota|salary|pay|paid|wages?|located|location|working ?place|workplace|start(?:ing)? date|contract|full[- ]time|part[- ]time|apply|application|contact|benefits?)\b/i;
/** Words that say what the job is, which keep a sentence that also names its terms. */
const WORK_SAID =
  /\b(?:the (?:job|work|role|position|tasks?) (?:is|are|involves?|includes?|consists?)|you(?:'ll| will) (?:be )?\w+|your (?:tasks?|duties|work|job) (?:is|are|will be|include)|responsib\w+ for|duties)\b/i;

/**
 * A sentence about the employer and its search, not the work: "We are a small charity looking for
 * someone to join our friendly team" (an ad saying only this asks nothing a person could show;
 * read as stated work it met a student advisor's duties and turned "nothing to score" into a FIT).
 */
const SEARCH_SAID =
  /\b(?:looking for|seeking|searching for|(?:is|are) hiring|we(?:'re| are) (?:an?|the)\b|join (?:our|the|us)\b)/i;

/** Sentences kept: a duty-only ad is short, and its first sentences say what the job is. */
const MAX_STATED = 8;
const MIN_CHARS = 15;
/** Fewer words is a title or a heading ("Community Organiser"), not a sentence stating work. */
const MIN_WORDS = 4;

export function statedWorkLines(segments: readonly Segment[]): RequirementLine[] {
  return segments
    .filter((s) => (s.section === "intro" || s.section === "responsibilities") && !s.metaLabel)
    .map((s) => s.text.trim())
    .filter(
      (text) => text.length >= MIN_CHARS && /\p{L}{3}/u.test(text) && text.split(/\s+/).length >= MIN_WORDS,
    )
    .filter((text) => (!TERMS.test(text) && !SEARCH_SAID.test(text)) || WORK_SAID.test(text))
    .slice(0, MAX_STATED)
    .map((text) => ({ text, kind: "required" as const, statedWork: true as const }));
}
