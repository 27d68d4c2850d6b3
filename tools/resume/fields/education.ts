/**
 * Education entries from the education section (or, when there is none, from lines that
 * name a degree anywhere): degree + level + field, institution, start/end, GPA.
 */

import { BULLET_RE } from "../text/normalize.ts";
import type { ParsedEducation } from "../types.ts";
import { type DateRange, findDateRanges } from "./dates.ts";
import { findDegree, isVocational, subjectDegree } from "./degrees.ts";
import { withoutRepeatedDegrees } from "./education-repeats.ts";
import { titleScore } from "./job-header.ts";
import { isPlaceList } from "./places.ts";
import { oneEntryPerCertificateRun } from "./school-subjects.ts";
import { INSTITUTION_RE } from "./vocab.ts";

const GPA_RE =
  /\b(?:c?gpa|cpi|sgpa|cgpa|grade|percentage|aggregate|score|marks)\s*(?:of|:|-|–)?\s*(\d{1,2}(?:\.\d{1,2})?\s*(?:\/\s*\d{1,2}(?:\.\d)?|%)?)|(\d{1,2}(?:\.\d{1,2})?\s*%)|(\d\.\d{1,2}\s*\/\s*(?:4|5|10)(?:\.0)?)\b|(\d\.\d{1,2})\s+(?:c?gpa)\b/i;

const INSTITUTION_STRENGTH: [RegExp, number][] = [
  [/\buniversit/i, 4],
  [/\b(?:institute|iit|nit|iiit|iim|bits)\b/i, 3],
  [/\bcollege\b/i, 3],
  [/\b(?:school|academy|vidyalaya|polytechnic)\b/i, 2],
];

/** The part of a line that names the school: "School of X, University of Y - City" -> "University of Y". */
export function institutionIn(line: string, exclude?: string): string | undefined {
  const source = exclude ? line.replace(exclude, " | ") : line;
  if (!INSTITUTION_RE.test(source)) return undefined;
  const parts = source
    // An em dash parts a field from its school even unspaced ("Finance—Hoboken State University").
    .split(/\s+[-–|]\s+|\s*[|;—]\s*|,\s+(?=[A-Z])|\s{2,}/)
    // "B.E. from Anna University" splits at "from"; "University of Texas at Arlington" stays whole.
    .flatMap((p) => {
      const m = /^(.*?)\s+(?:from|at)\s+(?=[A-Z])(.*)$/.exec(p);
      return m && !INSTITUTION_RE.test(m[1]) ? [m[1], m[2]] : [p];
    })
    .map((p) => p.trim().replace(/^[•\-*]\s*/, ""))
    .filter((p) => p.length > 2);
  let best: { text: string; score: number } | undefined;
  for (const p of parts) {
    if (!INSTITUTION_RE.test(p)) continue;
    const clean = p
      .replace(/\s*\(?(?:19|20)\d{2}\)?.*$/, "")
      .replace(/\s*(?:c?gpa|percentage|cpi)\b.*$/i, "")
      .replace(/[\s,;:.-]+$/, "")
      .trim();
    if (clean.length < 4 || clean.length > 110 || !looksLikeName(clean)) continue;
    const score = INSTITUTION_STRENGTH.reduce((s, [re, w]) => (re.test(clean) ? Math.max(s, w) : s), 1);
    if (!best || score > best.score) best = { text: clean, score };
  }
  return best?.text;
}

/**
 * "Master of Business Administration, Business Economics/Finance— State University": the words
 * between the degree and its school are the degree's field when they are a few words naming a
 * subject (no digits, no sentence).
 */
function fieldBeforeSchool(line: string, degree: string, school: string | undefined): string | undefined {
  if (!school) return undefined;
  const from = line.indexOf(degree);
  const to = line.indexOf(school);
  if (from < 0 || to < from + degree.length) return undefined;
  const between = line
    .slice(from + degree.length, to)
    .replace(/^[\s,:;(\-–—|]+|[\s,:;)\-–—|]+$/g, "")
    .replace(/^(?:in|of)\s+/i, "")
    .trim();
  const words = between.split(/\s+/);
  if (!between || words.length > 5 || /\d|[.!?]/.test(between) || !/^\p{Lu}/u.test(between)) return undefined;
  return /\b(?:from|at)$/i.test(between) ? undefined : between;
}

/**
 * "Medicina Veterinária - Universidade de São Paulo (USP), 2011-2016": a short line that opens
 * with the course, then its school and years. Not a role ("Associate Professor, Department of
 * Government, Harvard University") nor an honour ("Elected Fellow", "Alumnus of the Year").
 */
function courseBeforeSchool(line: string, school: string): string | undefined {
  if (line.length > 100 || !/\b(?:19|20)\d{2}\b/.test(line)) return undefined;
  const course = fieldBeforeSchool(line, "", school);
  if (!course || !line.startsWith(course) || titleScore(course) > 0) return undefined;
  return /\b(?:award|prize|fellow|member|alumn\w*|honou?r\w*|grant|lecturer|scholar\w*)\b/i.test(course)
    ? undefined
    : course;
}

const MINOR_WORDS = new Set([
  "of",
  "and",
  "the",
  "for",
  "in",
  "de",
  "&",
  "at",
  "da",
  "di",
  "la",
  "le",
  "du",
  "und",
  "y",
]);

/** A school's name is mostly capitalised words; a sentence that mentions a university is not. */
function looksLikeName(text: string): boolean {
  if (!/^[A-Z("“]/.test(text) || /[.;:!?]$/.test(text.replace(/\b[A-Z]\.$/, ""))) return false;
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length === 0 || words.length > 12) return false;
  const capitalised = words.filter((w) => /^[A-Z(“"]/.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/** A line that is only a grade: "Grade D", "Grades: A*", "Merit", "Pass", "Distinction". */
const GRADE_LINE = /^(?:grades?\s*:?\s*[A-G][*+-]?|merit|pass|distinction|credit)\s*$/i;

function schoolFromPlainLine(line: string): string | undefined {
  if (BULLET_RE.test(line) || line.length > 100 || !/^[A-Z]/.test(line)) return undefined;
  if (findDateRanges(line, { singles: true }).length > 0 && line.replace(/[^A-Za-z]/g, "").length < 12)
    return undefined;
  // A grade ("Grade D", "Merit") or a labelled line ("QUALIFICATIONS: June 2000") names no school.
  if (GPA_RE.test(line) || /[.:]$/.test(line) || GRADE_LINE.test(line) || line.includes(":"))
    return undefined;
  const name = line
    .split(/\s+[-–|]\s+/)[0]
    .replace(/\s*\(?(?:19|20)\d{2}.*$/, "")
    .trim();
  if (name.length < 2 || name.split(/\s+/).length > 10 || isPlaceList(name)) return undefined;
  return name;
}

function isDated(e: ParsedEducation): boolean {
  return !!(e.start || e.end);
}

function applyRange(e: ParsedEducation, r: DateRange): void {
  if (r.current) {
    e.start = r.start;
    return;
  }
  if (r.end && r.end !== r.start) e.start = r.start;
  e.end = r.end;
}

function gpaIn(line: string): string | undefined {
  const m = GPA_RE.exec(line);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? m[4])?.replace(/\s+/g, "");
}

/**
 * A degree still being studied for: the resume says so in the degree's line or the line after
 * it ("Admitted to study for a PhD", "pursuing an MBA", "thesis in corrections", "expected 2020").
 * Such a degree is not held yet, so it does not meet a level an ad asks for.
 */
const IN_PROGRESS =
  /\b(admitted to (study|the)|pursuing|currently (studying|enrolled|reading|completing)|enrolled (in|for|at)|in progress|ongoing|expected (in |by )?(19|20)\d\d|(thesis|dissertation) (is )?(in progress|under (review|examination)|in corrections|being written)|corrections (on|to) (the |my )?(first )?(draft|thesis|dissertation)|(writing|completing) (up )?(my |the )?(thesis|dissertation)|to be (completed|awarded) in)\b/i;

export function extractEducation(sectionLines: string[], allLines: string[]): ParsedEducation[] {
  // A long "education" section usually ran on past a heading we did not recognise.
  const fromSection = oneEntryPerCertificateRun(
    withoutRepeatedDegrees(entriesFrom(sectionLines, 0.85, sectionLines.length > 30, true)),
  );
  if (fromSection.length > 0) return fromSection;
  // No education heading: only short lines that plainly name a degree or a school.
  const candidates = allLines.filter(
    (l) => l.length < 160 && findDegree(l) && /\b(?:19|20)\d{2}\b|university|college|institute/i.test(l),
  );
  return entriesFrom(candidates, 0.55, true);
}

/** Date lines in a row before any entry that make a column of dates (see entriesFrom). */
const DATE_COLUMN = 3;

function entriesFrom(
  lines: string[],
  baseConfidence: number,
  needDate: boolean,
  inSection = false,
): ParsedEducation[] {
  const entries: ParsedEducation[] = [];
  let current: ParsedEducation | undefined;
  // A date on a line of its own before an entry ("2001", then "Ph.D., ...") belongs to the next
  // entry; of two such lines, the last ("August 2007" / "July 2011" is a start and an end, or a
  // birth date then the entry's). Three or more in a row are a column of dates set beside the
  // entries (a table read column by column): the entries below take them in order, the first entry
  // the first date (trial17: an MA took the last date of the column, 1997, not its own 2008-2010).
  let pending: DateRange[] = [];
  let column = false;
  const start = () => {
    current = { confidence: baseConfidence };
    entries.push(current);
    if (pending.length >= DATE_COLUMN) column = true;
    const next = column ? pending.shift() : pending.at(-1);
    if (!column || pending.length === 0) {
      pending = [];
      column = false;
    }
    if (next) applyRange(current, next);
    return current;
  };
  let previousHadDegreeOnly = false;
  // The line after a degree's line still speaks about that degree ("I am doing corrections on the thesis").
  let linesSinceDegree = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.length > 220) continue;
    const degree = findDegree(line) ?? (inSection ? subjectDegree(line) : undefined);
    let institution = institutionIn(line, degree?.degree);
    // "B.Tech in CSE" then "GGSIPU - New Delhi, Delhi": the line under a degree names the school.
    if (!degree && !institution && previousHadDegreeOnly && current && !current.institution) {
      institution = schoolFromPlainLine(line);
    }
    previousHadDegreeOnly = !!degree && !institution;
    if (degree) {
      // A line naming its own degree and its own school is an entry of its own when the entry
      // above already names what was studied at its school ("Medicina Veterinária - Universidade
      // de São Paulo, 2011-2016" over "Pós-graduação em Dermatologia - Instituto Qualittas, 2018").
      const ownSchool =
        !!institution && !!current?.field && !!current.institution && current.institution !== institution;
      const entry = !current || current.degree || ownSchool ? start() : current;
      entry.degree = degree.degree;
      entry.level = degree.level;
      const field = degree.field ?? fieldBeforeSchool(line, degree.degree, institution);
      if (field) entry.field = field;
      linesSinceDegree = 0;
    } else linesSinceDegree++;
    if (current?.degree && linesSinceDegree <= 1 && IN_PROGRESS.test(line)) current.inProgress = true;
    if (institution) {
      const entry = !current || (current.institution && !degree) ? start() : current;
      if (!entry.institution) entry.institution = institution;
      // "Medicina Veterinária - Universidade de São Paulo, 2011-2016": the course named before
      // the school, with no degree word, is what was studied there.
      const course = inSection && !degree && !entry.field ? courseBeforeSchool(line, institution) : undefined;
      if (course) entry.field = course;
    }
    const ranges = findDateRanges(line, { singles: true });
    if (ranges.length > 0) {
      const r = ranges[ranges.length - 1];
      const dateOnly = line.replace(/[^A-Za-z]/g, "").length <= 12 && !degree && !institution;
      if (current && !isDated(current)) applyRange(current, r);
      else if (dateOnly) pending = current ? [r] : [...pending, r];
    }
    if (!current) continue;
    const gpa = gpaIn(line);
    if (gpa && !current.gpa) current.gpa = gpa;
  }
  // A school with neither a degree nor a date next to it is a mention, not an education entry.
  return entries
    .filter((e) => e.degree || (e.institution && (!needDate || e.end || e.start)))
    .map((e) => ({
      ...e,
      confidence:
        Math.round(
          e.confidence * (e.degree ? 1 : 0.7) * (e.institution ? 1 : 0.8) * (e.end ? 1 : 0.9) * 100,
        ) / 100,
    }));
}

/**
 * A school-leaving certificate is not a degree: an entry read at secondary level keeps its
 * name as `schoolCertificate` and no `degree` (resume labels and the project's own resume
 * evaluation count degrees from associate up). A vocational qualification at school level
 * ("NVQ Level 2 in Catering") is a qualification of its own, not a school certificate.
 */
export function schoolCertificateApart(entry: ParsedEducation): ParsedEducation {
  if (entry.level !== "secondary" || !entry.degree || isVocational(entry.degree)) return entry;
  const { degree, ...rest } = entry;
  return { ...rest, schoolCertificate: degree };
}
