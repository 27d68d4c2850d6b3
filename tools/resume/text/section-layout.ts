/**
 * For resumes without headings: what a few lines are about, judged by their content.
 * A date range next to a job title reads as experience; a degree or a school reads as
 * education; a run of short comma-separated items reads as skills.
 */
import { findDateRanges } from "../fields/dates.ts";
import { findDegree } from "../fields/degrees.ts";
import { INSTITUTION_RE, TITLE_WORDS } from "../fields/vocab.ts";
import type { SectionKind } from "../types.ts";

/** More words than this in one comma item make it a sentence, not a name in a skills line. */
const SKILL_ITEM_WORDS = 12;

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
  const items = first.split(/,|;/);
  // A duty that enumerates ("Prototyping, engineering support, and UNIX programming for …") has
  // an item a sentence long; a skills line has none. Without this the line's kind hung on its
  // length, and names appended to it (stuffing) turned it back into the duty it was.
  const sentenceItem = items.some((i) => i.trim().split(/\s+/).length > SKILL_ITEM_WORDS);
  if (items.length >= 4 && first.length < 300 && !/[.!?]$/.test(first) && !sentenceItem) return "skills";
  return null;
}
