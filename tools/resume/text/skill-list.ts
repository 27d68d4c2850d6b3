/**
 * A bare list of skill names ("Java, Spring, Kafka, Docker") that ends an experience or
 * project section is not something that job did: it is a skills list the writer put
 * after the last entry (or keyword stuffing appended to the file). Reading it as that
 * entry's bullets would mark every listed skill "validated" and credit it with the job's
 * years, so such a trailing run becomes its own skills section.
 *
 * A line inside an entry that names tools with a label ("Environment: Java, Oracle") or a
 * bullet, or a sentence ("Built services in Java, Spring and Kafka."), stays with the entry.
 */
import { findDateRanges } from "../fields/dates.ts";
import { titleScore } from "../fields/job-header.ts";
import { isPlaceList, PLACE_NAMES } from "../fields/places.ts";
import type { ResumeSection, SectionKind } from "../types.ts";
import { BULLET_RE } from "./normalize.ts";

/** Sections whose lines become evidence (dated jobs, projects); lists ending them are cut off. */
const EVIDENCE_SECTIONS = new Set<SectionKind>(["experience", "projects", "volunteering", "awards", "other"]);

const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CHARS = 40;
/**
 * A list this long is a keyword block even when a few items are not names: the skill
 * extractor takes some title words as skills ("engineer"), and a stuffer repeats them with
 * the rest. Short lists must be names throughout ("Software Engineer, Infosys, Pune" is not).
 */
const LONG_LIST = 8;
const LONG_LIST_NAME_SHARE = 0.8;

/** Words that make an item a phrase or a sentence rather than a name. */
const PHRASE_WORDS = new Set([
  "a",
  "an",
  "the",
  "i",
  "we",
  "my",
  "our",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "have",
  "has",
  "had",
  "will",
  "to",
  "for",
  "with",
  "from",
  "by",
  "using",
  "used",
  "including",
  "which",
  "that",
  "this",
  "who",
  "where",
  "when",
]);

/** Past-tense verbs ("developed", "managed") mark a duty, not a name. */
const PAST_VERB_RE = /^[a-z]{3,}ed$/;

function isNameItem(item: string): boolean {
  if (!item || item.length > MAX_ITEM_CHARS) return false;
  const words = item.split(/\s+/);
  if (words.length > MAX_ITEM_WORDS) return false;
  if (/[:!?]/.test(item) || /\.$/.test(item)) return false;
  if (titleScore(item) > 0 || PLACE_NAMES.has(item.toLowerCase())) return false;
  return !words.some((w) => PHRASE_WORDS.has(w.toLowerCase()) || PAST_VERB_RE.test(w));
}

/** True for a line that is only skill-like names separated by commas, pipes or semicolons. */
export function isBareSkillList(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || BULLET_RE.test(trimmed) || /[.!?:]$/.test(trimmed)) return false;
  // A label ("Environment: ...") ties the list to the entry it sits in.
  if (/^[^,|;]{1,40}:/.test(trimmed)) return false;
  const items = trimmed
    .split(/\s*[,|;]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < MIN_ITEMS) return false;
  if (findDateRanges(trimmed).length > 0 || /\b(?:19|20)\d{2}\b/.test(trimmed)) return false;
  if (isPlaceList(trimmed)) return false;
  const names = items.filter(isNameItem).length;
  if (items.length >= LONG_LIST) return names >= items.length * LONG_LIST_NAME_SHARE;
  return names === items.length;
}

/**
 * Splits each evidence section that ends with bare skill-list lines into the section
 * proper and a skills section (heading null: inferred from content). The section keeps at
 * least its first line, so a section that is nothing but a list is left as it is.
 */
export function splitTrailingSkillLists(sections: ResumeSection[], lines: string[]): ResumeSection[] {
  const out: ResumeSection[] = [];
  for (const s of sections) {
    if (!EVIDENCE_SECTIONS.has(s.kind)) {
      out.push(s);
      continue;
    }
    let cut = s.endLine;
    while (cut - 1 > s.startLine && isBareSkillList(lines[cut - 1])) cut--;
    if (cut === s.endLine) {
      out.push(s);
      continue;
    }
    const listStart = s.start + lines.slice(s.startLine, cut).reduce((n, l) => n + l.length + 1, 0);
    out.push({ ...s, endLine: cut, end: listStart - 1 });
    out.push({
      kind: "skills",
      heading: null,
      startLine: cut,
      endLine: s.endLine,
      start: listStart,
      end: s.end,
    });
  }
  return out;
}
