/**
 * Certifications: one per line in the certifications section - "AWS Certified Solutions
 * Architect - Amazon Web Services - 2021" - with the issuer and date when written.
 */

import { stripBullet } from "../text/normalize.ts";
import { isBareSkillList } from "../text/skill-list.ts";
import type { ParsedCertification } from "../types.ts";
import { findDateRanges } from "./dates.ts";

const ISSUERS: [RegExp, string][] = [
  [/\b(?:aws|amazon web services)\b/i, "Amazon Web Services"],
  [/\bmicrosoft|\bazure\b|\bmcp\b|\bmcsa\b|\bmcse\b/i, "Microsoft"],
  [/\bgoogle\b|\bgcp\b/i, "Google"],
  [/\boracle\b|\bocjp\b|\bocp\b/i, "Oracle"],
  [/\bcisco\b|\bccna\b|\bccnp\b/i, "Cisco"],
  [/\bpmp\b|\bpmi\b|\bcapm\b/i, "Project Management Institute"],
  [/\bscrum alliance\b|\bcsm\b/i, "Scrum Alliance"],
  [/\bcoursera\b/i, "Coursera"],
  [/\budemy\b/i, "Udemy"],
  [/\bedx\b/i, "edX"],
  [/\bnptel\b/i, "NPTEL"],
  [/\bsalesforce\b/i, "Salesforce"],
  [/\bcomptia\b/i, "CompTIA"],
  [/\bisc2\b|\bcissp\b/i, "ISC2"],
  [/\bred hat\b|\brhce\b|\brhcsa\b/i, "Red Hat"],
  [/\bistqb\b/i, "ISTQB"],
  [/\bsap\b/i, "SAP"],
  [/\bitil\b|\baxelos\b/i, "AXELOS"],
  [/\bcncf\b|\bckad\b|\bcka\b/i, "CNCF"],
];

/** Words and acronyms only a certificate's name has. */
export const CERTIFICATE_WORD =
  /\b(certifi\w*|certificate|licen[cs]e\w*|associate|professional|practitioner|foundations?|diploma|ccna|ccnp|pmp|capm|csm|cissp|rhce|rhcsa|istqb|itil|ckad|cka|mcp|mcsa|mcse|ocjp|ocp)\b/i;
/**
 * A credential being worked towards: "CPA candidate", "REG in progress", "pursuing PMP",
 * "CFA Level II candidate", "expected 2025", "exam scheduled".
 */
const IN_PROGRESS =
  /\b(?:candidate|in progress|pursuing|working toward(?:s)?|studying for|preparing for|expected|anticipated|scheduled|pending|enrolled|part[- ]?qualified|finalist|\d+ of \d+ (?:exams?|papers?|modules?))\b/i;

/**
 * A professional qualification's status on an education line: "ACCA Part-qualified (9 of 13
 * exams passed)", "CFA Level II candidate", "CIMA finalist". Such a line is no degree; it was
 * dropped (issue 13 trial), so it is read as a certification (in progress when it says so).
 */
const QUALIFICATION_STATUS =
  /\b(?:part[- ]?qualified|fully qualified|finalist|\d+ of \d+ (?:exams?|papers?|modules?)|level (?:i{1,3}|[1-3]) (?:candidate|passed))\b/i;
/** A credential's abbreviation: "ACCA", "CIMA", "CFA". */
const CREDENTIAL_ABBREVIATION = /\b[A-Z]{2,6}\b/;

/** Education lines that state a professional qualification's status rather than a degree. */
export function qualificationLines(educationLines: string[]): string[] {
  return educationLines
    .map(stripBullet)
    .filter((l) => QUALIFICATION_STATUS.test(l) && CREDENTIAL_ABBREVIATION.test(l) && l.length <= 200);
}

/** An abbreviation standing for a credential: "BLS", "ACLS", "CPR", "PMI-ACP". */
const ABBREVIATION = /^[A-Z][A-Z0-9-]{1,7}$/;

/** A keyword list this long with no certificate word in it is skills, not certificates. */
const LIST_ITEMS = 4;

function isKeywordList(line: string): boolean {
  return isBareSkillList(line) && line.split(/[,|;]/).length >= LIST_ITEMS && !CERTIFICATE_WORD.test(line);
}

/**
 * One line naming several certificates: "BLS; ACLS" (a semicolon never parts a name from its
 * issuer) or "BLS, ACLS, PALS" (abbreviations only; "CCNA, Cisco" is a name and its issuer).
 */
function certificatesOfLine(line: string): string[] {
  // Not inside brackets: "CPA candidate (FAR, AUD passed; REG in progress)" is one credential.
  const bySemicolon = line.split(/\s*;\s*(?![^()]*\))/).filter((p) => p.length > 1);
  if (bySemicolon.length > 1) return bySemicolon;
  const byComma = line.split(/\s*,\s*/);
  if (byComma.length > 1 && byComma.every((p) => ABBREVIATION.test(p))) return byComma;
  return [line];
}

/**
 * The names in a name part that joins abbreviations with "and", "&", "/" or commas: "BLS and
 * ACLS" is two certificates (one issuer), or the person holding both reads as holding neither.
 * A name with any other word ("Health and Safety Certificate") stays whole.
 */
function namesOf(name: string): string[] {
  const pieces = name.split(/\s*(?:,|&|\/|\band\b)\s*/).filter((p) => p.length > 0);
  return pieces.length > 1 && pieces.every((p) => ABBREVIATION.test(p)) ? pieces : [name];
}

export function extractCertifications(lines: string[]): ParsedCertification[] {
  const out: ParsedCertification[] = [];
  for (const line of lines.flatMap((raw) => certificatesOfLine(stripBullet(raw)))) {
    // "Docker, Kubernetes, Terraform, Spark" after the certificates names no certificate:
    // reading "Docker" as one would make a keyword list evidence.
    if (line.length < 3 || line.length > 200 || isKeywordList(line)) continue;
    const dates = findDateRanges(line, { singles: true });
    const date =
      dates.length > 0 ? (dates[dates.length - 1].end ?? dates[dates.length - 1].start) : undefined;
    const parts = line
      .replace(/\(?\b(?:19|20)\d{2}\b\)?/g, " ")
      .split(/(?:\s+[-–|]\s+|\s*[|,]\s*|\s+(?:from|by|issued by)\s+)(?![^()]*\))/i)
      .map((p) => p.trim())
      .filter((p) => p.length > 1);
    if (parts.length === 0) continue;
    const issuer = ISSUERS.find(([re]) => re.test(line))?.[1] ?? (parts.length > 1 ? parts[1] : undefined);
    // "PMP (expected 2027)" lost its year above: no bracket left open in the name.
    const name = parts[0].replace(/\s*\([^)]*$/, "").slice(0, 150) || parts[0].slice(0, 150);
    for (const one of namesOf(name))
      out.push({
        name: one,
        issuer,
        date,
        skills: [],
        ...(IN_PROGRESS.test(line) ? { inProgress: true as const } : {}),
        confidence: issuer ? 0.8 : 0.6,
      });
  }
  return out;
}

/** A credential's own word in a name the taxonomy does not know: "Certificate in Maritime Law". */
const CREDENTIAL_NAME = /\b(?:certifi\w*|licen[cs](?:e|es|ed|ing)?)\b/i;

/**
 * A skill found in the resume that is a credential: the taxonomy files it as a certification
 * ("PMP", "CISSP"), or an item it does not know is named as one. Held, not used at work: the
 * parser reports it apart from the skills list (labelled resumes never count it as a skill).
 */
export function isCredential(skill: { category?: string; unrecognised?: true; name: string }): boolean {
  return (
    skill.category === "certification" || (skill.unrecognised === true && CREDENTIAL_NAME.test(skill.name))
  );
}
