/**
 * Degrees written under a heading that is not Education: "Professional Development" or
 * "Certifications" over "Master of Arts, Educational Administration, 2004", or a heading the
 * reader mistook ("Personal Details" above a list of degrees). Only the education section's
 * lines are read for entries, so such a degree was lost; these lines are handed to the
 * education reader as well.
 *
 * A line counts when the degree gazetteer (degrees.ts) finds a degree above school level at
 * its start, or anywhere in it beside a school's name, and it does not read as a course,
 * certificate or sentence about degrees ("Managed 17 PhD programmes", "MBA Scholarship").
 * The line under such a degree goes with it when it names a school.
 */
import { stripBullet } from "../text/bullets.ts";
import type { ParsedEducation, ResumeSection, SectionKind } from "../types.ts";
import { findDegree } from "./degrees.ts";
import { extractEducation, institutionIn } from "./education.ts";
import { sameThing } from "./learned-entries.ts";

/** Sections where a degree line is read as education (not contact, summary, jobs or writing). */
const ELSEWHERE = new Set<SectionKind>([
  "certifications",
  "awards",
  "personal",
  "other",
  "languages",
  "memberships",
]);

/** A course, certificate, award or programme that names a degree without being one. */
const NOT_A_DEGREE =
  /\b(?:certif\w*|licen[cs]\w*|courses?|training|workshops?|seminars?|scholarships?|fellowships?|grants?|award|committee|students?|advis[eo]r|director|managed|member)\b|\bawarded \$/i;

/** "MS-Office", "MS/SQL": a two-letter abbreviation run into a product name is not a degree. */
const PRODUCT = /^(?:MS|MA|BS|BA|ME|AS|AA)[-/]\w/;

/** The most words a degree line holds (a longer one is a sentence about a degree). */
const MAX_WORDS = 20;
/** Lower-case words a degree line may hold besides joiners ("with concentration in ..."). */
const MAX_LOWER = 4;
const JOINERS = /^(?:of|and|in|at|the|for|on|with|from|de|en)$/;

/** "MBA programs put pressure on results. Engaged ...": a sentence, not a degree's line. */
function readsAsSentence(text: string): boolean {
  if (/[a-z]{2}\.\s+[A-Z][a-z]/.test(text)) return true;
  const lower = (text.match(/(?<![\p{L}.])\p{Ll}\p{L}*/gu) ?? []).filter((w) => !JOINERS.test(w));
  return lower.length > MAX_LOWER;
}

/** True when `line` names a degree above school level and reads as one. */
export function isDegreeLine(line: string): boolean {
  const text = stripBullet(line).trim();
  if (text.length > 160 || text.split(/\s+/).length > MAX_WORDS || NOT_A_DEGREE.test(text)) return false;
  if (readsAsSentence(text)) return false;
  const degree = findDegree(text);
  if (!degree || degree.level === "secondary") return false;
  if (PRODUCT.test(text.slice(degree.index))) return false;
  return degree.index === 0 || !!institutionIn(text, degree.degree);
}

/** The line under a degree that names its school ("Mount St. College, El Paso, TX"). */
function namesSchool(line: string): boolean {
  const text = stripBullet(line).trim();
  return text.length <= 120 && !findDegree(text) && !NOT_A_DEGREE.test(text) && !!institutionIn(text);
}

/**
 * The degree lines (each with the line under it when that names its school) of
 * the sections other than Education where a degree may be written.
 */
export function degreeLinesElsewhere(lines: string[], sections: ResumeSection[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (!ELSEWHERE.has(s.kind)) continue;
    for (let i = s.startLine; i < s.endLine; i++) {
      if (!isDegreeLine(lines[i]!)) continue;
      out.push(lines[i]!);
      const next = lines[i + 1];
      if (i + 1 < s.endLine && next !== undefined && namesSchool(next)) {
        out.push(next);
        i++;
      }
    }
  }
  return out;
}

/**
 * `found` (what the education section gave, or the whole text when it has none) with the
 * entries of the degree lines under other headings (`degreeLinesElsewhere`) it does not hold.
 */
export function withEducationElsewhere(found: ParsedEducation[], elsewhere: string[]): ParsedEducation[] {
  if (elsewhere.length === 0) return found;
  const more = extractEducation(elsewhere, []).filter(
    (e) => !found.some((f) => f.degree && e.degree && sameThing(f.degree, e.degree)),
  );
  return [...found, ...more];
}
