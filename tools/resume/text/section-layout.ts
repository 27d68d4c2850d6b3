/**
 * For resumes without headings: what a few lines are about, judged by their content.
 * A date range next to a job title reads as experience; a degree or a school reads as
 * education; a run of short comma-separated items reads as skills.
 */
import { findDateRanges } from "../fields/dates.ts";
import { findDegree } from "../fields/degrees.ts";
import { INSTITUTION_RE, TITLE_WORDS } from "../fields/vocab.ts";
import type { SectionKind } from "../types.ts";

function hasTitleWord(line: string): boolean {
  return line
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => TITLE_WORDS.has(w));
}

export function classifyBlock(lines: string[]): SectionKind | null {
  const first = lines[0] ?? "";
  const joined = lines.join(" \n ");
  const hasRange = findDateRanges(joined).length > 0;
  // The degree reader's own guards apply: "MS" in a long line, or "MS SharePoint", is no degree.
  if ((findDegree(first) || INSTITUTION_RE.test(first)) && first.length < 140) return "education";
  if (hasRange && lines.slice(0, 3).some(hasTitleWord)) return "experience";
  const commaItems = first.split(/,|;/).length;
  if (commaItems >= 4 && first.length < 300 && !/[.!?]$/.test(first)) return "skills";
  return null;
}
