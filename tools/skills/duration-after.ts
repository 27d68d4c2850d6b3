/**
 * "Spark, 3 years", "Go (2 yrs)": a name written with how long it was used is a claim of the
 * skill (context.ts counts it as evidence for a name that is also a word); "2 years ago" is not.
 */
import type { Token } from "../../data/taxonomy/normalize.ts";
import type { Candidate } from "./matcher.ts";

const DURATION_UNIT = new Set(["years", "year", "yrs", "yr", "months"]);

/** A number and a unit of time within the next three tokens on the same line, not "... ago". */
export function durationAfter(text: string, tokens: Token[], candidate: Candidate): boolean {
  for (let i = candidate.last + 1; i <= Math.min(tokens.length - 2, candidate.last + 2); i++) {
    if (!/^\d+(?:\.\d+)?\+?$/.test(tokens[i]!.key) || !DURATION_UNIT.has(tokens[i + 1]!.key)) continue;
    if (text.slice(candidate.end, tokens[i + 1]!.end).includes("\n")) return false;
    return tokens[i + 2]?.key !== "ago";
  }
  return false;
}
