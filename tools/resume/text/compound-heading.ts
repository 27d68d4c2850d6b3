/**
 * Headings people compose from headings the list knows: several joined by "and", "&", commas or
 * a slash ("KEY SKILLS AND COMPETENCIES", "Honors, Awards, and Memberships:"), or one known
 * heading word with a word of their own before it ("SPECIAL SKILLS", "MAJOR ACHIEVEMENTS").
 * Missing one leaves its lines in the section before: an awards list read as more jobs under
 * the experience above it, or the jobs below a missed heading left in education (issue 14).
 * Only lines written as headings: in capitals or ending in a colon, short, without digits.
 */

import { TITLE_WORDS } from "../fields/vocab.ts";
import type { SectionKind } from "../types.ts";

/**
 * Heading words that, after a word of the person's own, still name the section: lists of
 * things, not the last word of an employer's or a job's name ("Hearst Publications", "Training
 * Manager" are not headings, so "publications" and "training" are not here).
 */
const HEAD_WORDS = new Set([
  "skills",
  "achievements",
  "accomplishments",
  "awards",
  "honors",
  "honours",
  "interests",
  "hobbies",
  "activities",
  "strengths",
  "competencies",
  "qualifications",
]);

/**
 * Sections read entry by entry (jobs, degrees, projects, credentials, languages, contact
 * details): a heading that joins one of them with another kind cannot stand for both.
 */
const MAIN_SECTIONS = new Set<SectionKind>([
  "contact",
  "experience",
  "education",
  "projects",
  "certifications",
  "languages",
]);

const asHeading = (line: string) =>
  line.length <= 60 && !/\d/.test(line) && (line === line.toUpperCase() || /:\s*$/.test(line));

/**
 * The kind of a heading composed of known ones, given how a single heading is matched
 * (`known`: the heading list and its light variants). Joined parts must all be known; when
 * they name different kinds and one of them is read entry by entry ("Education and Experience",
 * "SKILLS / EDUCATION") the line stays unread: it holds two sections, and which wins is unclear.
 */
export function compoundHeading(
  line: string,
  known: (part: string) => SectionKind | null,
): SectionKind | null {
  if (!asHeading(line) || !/\p{L}{3}/u.test(line)) return null;
  const bare = line.replace(/:\s*$/, "").trim();
  const parts = bare
    .split(/\s*(?:,|&|\/|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length >= 2) {
    const kinds = parts.map((p) => known(p) ?? modifiedHeading(p, known));
    if (kinds.some((k) => k === null)) return null;
    const distinct = new Set(kinds);
    // "SKILLS / EDUCATION" names two sections: read as the first, the degrees below would be
    // skills. Parts of different kinds make one heading only when none is read entry by
    // entry ("Honors, Awards, and Memberships", "Competencies and Skills:").
    if (distinct.size > 1 && [...distinct].some((k) => MAIN_SECTIONS.has(k!))) return null;
    return kinds[0]!;
  }
  return modifiedHeading(bare, known);
}

/** "SPECIAL SKILLS", "Research Activities:": one word of the person's own before a heading word. */
function modifiedHeading(part: string, known: (part: string) => SectionKind | null): SectionKind | null {
  const words = part.toLowerCase().split(/\s+/);
  if (words.length !== 2 || !HEAD_WORDS.has(words[1]!) || !/^\p{L}+$/u.test(words[0]!)) return null;
  if (TITLE_WORDS.has(words[0]!)) return null;
  return known(words[1]!);
}
