/**
 * Education entries from the education section (or, when there is none, from lines that
 * name a degree anywhere): degree + level + field, institution, start/end, GPA.
 */
import type { ParsedEducation } from "../types.ts";
import { findDateRanges } from "./dates.ts";
import { findDegree } from "./degrees.ts";
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
    .split(/\s+[-–|]\s+|\s*[|;]\s*|,\s+(?=[A-Z])|\s{2,}|\s+(?:from|at)\s+(?=[A-Z])/)
    .map((p) => p.trim().replace(/^[•\-*]\s*/, ""))
    .filter((p) => p.length > 2);
  let best: { text: string; score: number } | undefined;
  for (const p of parts) {
    if (!INSTITUTION_RE.test(p)) continue;
    const clean = p
      .replace(/\s*\(?(?:19|20)\d{2}\)?.*$/, "")
      .replace(/\s*(?:c?gpa|percentage|cpi)\b.*$/i, "")
      .trim();
    if (clean.length < 4 || clean.length > 110) continue;
    const score = INSTITUTION_STRENGTH.reduce((s, [re, w]) => (re.test(clean) ? Math.max(s, w) : s), 1);
    if (!best || score > best.score) best = { text: clean, score };
  }
  return best?.text;
}

function gpaIn(line: string): string | undefined {
  const m = GPA_RE.exec(line);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3] ?? m[4])?.replace(/\s+/g, "");
}

export function extractEducation(sectionLines: string[], allLines: string[]): ParsedEducation[] {
  const fromSection = entriesFrom(sectionLines, 0.85);
  if (fromSection.length > 0) return fromSection;
  // No education heading: only short lines that plainly name a degree or a school.
  const candidates = allLines.filter((l) => l.length < 160 && findDegree(l) && /\b(?:19|20)\d{2}\b|university|college|institute/i.test(l));
  return entriesFrom(candidates, 0.55);
}

function entriesFrom(lines: string[], baseConfidence: number): ParsedEducation[] {
  const entries: ParsedEducation[] = [];
  let current: ParsedEducation | undefined;
  const start = () => {
    current = { confidence: baseConfidence };
    entries.push(current);
    return current;
  };
  for (const line of lines) {
    if (line.length > 220) continue;
    const degree = findDegree(line);
    const institution = institutionIn(line, degree?.degree);
    if (degree) {
      const entry = !current || current.degree ? start() : current;
      entry.degree = degree.degree;
      entry.level = degree.level;
      if (degree.field) entry.field = degree.field;
    }
    if (institution) {
      const entry = !current || (current.institution && !degree) ? start() : current;
      if (!entry.institution) entry.institution = institution;
    }
    if (!current) continue;
    const ranges = findDateRanges(line, { singles: true });
    if (ranges.length > 0 && !current.end) {
      const r = ranges[ranges.length - 1];
      if (r.end && r.end !== r.start) current.start = r.start;
      current.end = r.current ? undefined : r.end;
      if (r.current) current.start = r.start;
    }
    const gpa = gpaIn(line);
    if (gpa && !current.gpa) current.gpa = gpa;
  }
  return entries
    .filter((e) => e.degree || e.institution)
    .map((e) => ({
      ...e,
      confidence: Math.round(e.confidence * (e.degree ? 1 : 0.7) * (e.institution ? 1 : 0.8) * (e.end ? 1 : 0.9) * 100) / 100,
    }));
}
