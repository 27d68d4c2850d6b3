/**
 * A certificate studied at a school, written under the certifications heading on lines of
 * its own: "Medical Assistant Certification for the State of Washington" / "2001" / "North
 * Seattle Community College". The school's line names no certificate: it says where the
 * certificate above it was studied, and a line holding only a year dates it. A recruiter reads
 * the lines as one qualification from a college; read line by line the school became a
 * certificate of its own and the resume showed no education at all (trial18, a medical
 * assistant's CV). The lines are joined for the certificate reader (name - school year, so the
 * school is its issuer and the year its date), and the education list gains the entry: the
 * school, the certificate as what was studied there, the year.
 */

import { stripBullet } from "../text/normalize.ts";
import type { ParsedEducation } from "../types.ts";
import { CERTIFICATE_WORD } from "./certifications.ts";
import { findDateRanges } from "./dates.ts";
import { institutionIn } from "./education.ts";

/**
 * A qualification a school awards by its own word ("Certificate", "Certification", "Diploma",
 * "License"): "Professional Development course" or "Associate" alone is no such line.
 */
const AWARDED = /\b(?:certifi\w*|certificate|diploma|licen[cs]e\w*)\b/i;
/**
 * What was attended, not studied ("Certificate for attending a seminar ... held at"), and a line
 * cut mid-phrase (ending in "at", "by", "in"): the school below is where it was held.
 */
const NOT_STUDIED =
  /\b(?:attend\w*|seminar|workshop|webinar|conference|participation)\b|\b(?:at|by|in|of|from|on|for)$/i;

/** A line naming a qualification studied for (the school below is where). */
const studiedFor = (line: string) => AWARDED.test(line) && !NOT_STUDIED.test(line.trim());

/** A line that holds a date and little else: "2001", "May 2014", "2012 - 2013". */
function onlyDate(line: string): boolean {
  const dates = findDateRanges(line, { singles: true });
  if (dates.length === 0) return false;
  let rest = line;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  return rest.replace(/[^\p{L}]/gu, "").length < 3;
}

/** The school a line names whole (a school and its place at most), when it names no certificate. */
function schoolLine(line: string): string | undefined {
  if (CERTIFICATE_WORD.test(line) || line.length > 100) return undefined;
  const school = institutionIn(line);
  if (!school) return undefined;
  // The school's name is the line's head: "Lakeside College - Portland, OR", not a sentence.
  return line.startsWith(school) ? school : undefined;
}

export interface CertificateSchools {
  /** The section's lines, a certificate's school and date lines joined to it. */
  lines: string[];
  /** One entry per certificate read with its school. */
  education: ParsedEducation[];
}

export function certificateSchools(sectionLines: string[]): CertificateSchools {
  const lines = sectionLines.map(stripBullet);
  const out: string[] = [];
  const education: ParsedEducation[] = [];
  // Where the last certificate line sits in `out`, and the date lines seen since.
  let certAt = -1;
  let dates: string[] = [];
  for (const line of lines) {
    if (certAt >= 0 && onlyDate(line)) {
      dates.push(line);
      continue;
    }
    const school = certAt >= 0 ? schoolLine(line) : undefined;
    if (school !== undefined) {
      const cert = out[certAt]!;
      const written = [cert, ...dates].join(" ");
      const ranges = findDateRanges(written, { singles: true });
      const last = ranges[ranges.length - 1];
      const name = cert.replace(/[\s,(-]*\b(?:19|20)\d{2}\b\)?/g, "").trim();
      out[certAt] =
        `${name} - ${school}${last ? ` ${written.slice(last.index, last.index + last.length)}` : ""}`;
      education.push({
        degree: name,
        institution: school,
        ...(last ? { end: last.end ?? last.start } : {}),
        confidence: 0.6,
      });
      certAt = -1;
      dates = [];
      continue;
    }
    out.push(...dates);
    dates = [];
    if (onlyDate(line)) {
      out.push(line);
      certAt = -1;
      continue;
    }
    out.push(line);
    certAt = studiedFor(line) ? out.length - 1 : -1;
  }
  out.push(...dates);
  return { lines: out, education };
}
