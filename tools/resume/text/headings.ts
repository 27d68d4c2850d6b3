/**
 * The section headings people really write, mapped to a section kind. Matching is on the
 * whole heading after case-folding and dropping punctuation, so "WORK EXPERIENCE:",
 * "Work experience" and "work-experience" are the same heading.
 */

import { readFileSync } from "node:fs";
import type { SectionKind } from "../types.ts";
import { compoundHeading } from "./compound-heading.ts";
import { letterSpacedKey } from "./letter-spaced.ts";
import { aboutOtherThanJobs } from "./other-than-jobs.ts";

/**
 * The vocabulary (heading-vocabulary.json): for each section kind, the headings written in
 * English, Spanish, Portuguese, French, German, Italian and Dutch, so a resume in a language we
 * do not fully read still gets its sections (and so its dates, roles, degrees and contact
 * details). One table, not a list per file: a heading added there is read everywhere (letter-
 * spaced capitals, composed headings, heading-words.ts). English is filed last, so where a
 * word is a heading in two languages the English kind holds.
 */
interface HeadingVocabulary {
  kinds: Record<Exclude<SectionKind, "other">, Record<string, string[]>>;
}
const VOCABULARY = JSON.parse(
  readFileSync(new URL("./heading-vocabulary.json", import.meta.url), "utf8"),
) as HeadingVocabulary;

const LOOKUP = new Map<string, SectionKind>();
for (const english of [false, true]) {
  for (const [kind, byLanguage] of Object.entries(VOCABULARY.kinds) as [
    SectionKind,
    Record<string, string[]>,
  ][]) {
    for (const [language, names] of Object.entries(byLanguage)) {
      if ((language === "en") !== english) continue;
      for (const n of names) LOOKUP.set(n, kind);
    }
  }
}

/** The headings with their spaces removed, for letter-spaced capitals (letter-spaced.ts). */
const SPACELESS = new Map([...LOOKUP].map(([key, kind]) => [key.replace(/ /g, ""), kind]));

/** Every heading the list knows (its keys), for heading-words.ts. */
export const headingNames = (): string[] => [...LOOKUP.keys()];

export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The section kind when the whole line is a known heading (with optional trailing colon). */
export function matchHeading(line: string): SectionKind | null {
  if (line.length > 60) return null;
  const key = headingKey(line);
  if (!key) return null;
  const direct = LOOKUP.get(key) ?? SPACELESS.get(letterSpacedKey(line) ?? "");
  if (direct) return direct;
  // "My Skills", "Summary of Experience" and other light variants of the known words.
  const withoutLead = key.replace(/^(my|key|relevant|other|additional|selected|professional) /, "");
  return (
    LOOKUP.get(withoutLead) ??
    bilingualHeading(line) ??
    kindOfExperienceHeading(line, key) ??
    compoundHeading(line, matchHeading)
  );
}

/** What comes before "experience" in a product or service name, not in a heading of jobs held. */
const NOT_JOB_EXPERIENCE = new Set([
  "customer",
  "user",
  "guest",
  "client",
  "patient",
  "member",
  "employee",
  "candidate",
  "brand",
  "digital",
]);

const VOLUNTEER = new Set(["volunteer", "volunteering", "voluntary"]);

/**
 * A heading no list names that ends in "experience" or "job/work history" ("CLASSROOM
 * EXPERIENCE", "Student Teaching Experience:", "Profession Work Experience:", "Volunteer Work and
 * Job History:"): the kinds of jobs people group under their own headings are open-ended, and
 * missing such a heading leaves the jobs below it in the section before (education, awards),
 * where no job is read (issue 14: ~60 of the training split's 823 employers sat under one).
 * Only a short line without digits or a comma, written as a heading: in capitals or ending in a
 * colon ("Head of Customer Experience" is a job).
 * Capitals spaced out by a PDF ("P ROFESSIONAL E XPERIENCE") are read joined.
 */
export function kindOfExperienceHeading(
  line: string,
  key = headingKey(line),
  titleCase = false,
): SectionKind | null {
  if (/[\d,|]/.test(line)) return null;
  const caps = line === line.toUpperCase();
  const joined = caps ? key.replace(/\b(\p{L}) (?=\p{L}{2,})/gu, "$1") : key;
  if (joined !== key) {
    const direct = LOOKUP.get(joined);
    if (direct) return direct;
  }
  const words = joined.split(" ");
  if (words.length < 2 || words.length > 5) return null;
  const last = words[words.length - 1]!;
  const jobHistory = last === "history" && (words.at(-2) === "job" || words.at(-2) === "work");
  if (!jobHistory && last !== "experience" && last !== "experiences") return null;
  if (NOT_JOB_EXPERIENCE.has(words.at(-2)!)) return null;
  if (aboutOtherThanJobs(words)) return null;
  const colon = /:\s*$/.test(line);
  // Title case alone is not enough: job and organisation lines are written that way too
  // (3-fold CV on the training split: companies F1 0.545 with title-case headings, 0.549 without);
  // `titleCase` when the lines below show entries (dated-heading.ts).
  if (!caps && !colon && !titleCase) return null;
  return !jobHistory && words.some((w) => VOLUNTEER.has(w)) ? "volunteering" : "experience";
}

/**
 * A heading written in two languages, "EXPERIENCIA / EXPERIENCE", "LICENCIAS / LICENSES": its
 * halves name one section. Both halves known and naming the same kind, or one known in a line
 * written in capitals ("PERFIL / PROFILE"); "Training / Mentoring" in a role stays a line.
 */
function bilingualHeading(line: string): SectionKind | null {
  const halves = line.split(/\s+[/|]\s+|\s*\/\s*(?=\p{Lu})/u).filter((h) => h.trim().length > 0);
  if (halves.length !== 2) return null;
  const known = halves.map((h) => LOOKUP.get(headingKey(h))).filter((k): k is SectionKind => k !== undefined);
  const kinds = new Set(known);
  if (kinds.size !== 1) return null;
  return known.length === 2 || line === line.toUpperCase() ? known[0]! : null;
}

/**
 * "EDUCATION: Western Kentucky University" -> heading + content on one line, which
 * flattened text produces often. Only for headings written in capitals or with a colon.
 */
export function splitInlineHeading(
  line: string,
): { kind: SectionKind; heading: string; rest: string } | null {
  const m = /^([A-Za-z][A-Za-z &/-]{2,40}?)\s*[:\-–]\s+(.+)$/.exec(line);
  if (!m) return null;
  const kind = matchHeading(m[1]);
  if (!kind) return null;
  const isCaps = m[1] === m[1].toUpperCase();
  if (!isCaps && !line.includes(":")) return null;
  return { kind, heading: m[1], rest: m[2] };
}
