/**
 * Contact fields: email, phone, links, location from patterns; the name from the top of
 * the resume, where it is the first short line that reads like a person's name.
 */
import type { ParsedContact, ResumeLink, Scored } from "../types.ts";
import { findLocations, locationFromLine } from "./location.ts";
import { personNameFrom } from "./person-name.ts";

/**
 * An address starts at the first letter or digit of a run of address characters. The
 * lookbehind (which only ever looks back over punctuation) lets no later position of the
 * same run start a match: without it a long run with no "@" (one 60,000-letter "word") was
 * re-scanned from every position, which took time quadratic in its length.
 */
export const EMAIL_RE =
  /[A-Za-z0-9](?<=(?:^|[^A-Za-z0-9._%+'’-])[._%+'’-]*[A-Za-z0-9])[A-Za-z0-9._%+'’-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE_RE =
  /(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s*|\d{2,5}[\s.-]?)\d{2,5}(?:[\s.-]?\d{2,5}){1,3}(?![\w/])/g;
const URL_RE =
  /\b(?:https?:\/\/|www\.)[^\s,;|<>"]+|\b(?:linkedin\.com|github\.com|gitlab\.com)\/[^\s,;|<>"]+/gi;

function firstEmail(text: string): Scored<string> | undefined {
  const m = text.match(EMAIL_RE);
  if (!m) return undefined;
  return { value: m[0].replace(/[.’']+$/, ""), confidence: 0.98 };
}

function firstPhone(lines: string[]): Scored<string> | undefined {
  for (const line of lines.slice(0, 40)) {
    for (const m of line.matchAll(PHONE_RE)) {
      const digits = m[0].replace(/\D/g, "");
      // Dates ("2016 - 2019") and years are not phone numbers.
      if (digits.length < 9 || digits.length > 15) continue;
      if (/^(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}$/.test(m[0].trim())) continue;
      return { value: m[0].trim(), confidence: 0.85 };
    }
  }
  return undefined;
}

function linkKind(url: string): ResumeLink["kind"] {
  if (/linkedin\.com/i.test(url)) return "linkedin";
  if (/github\.com|gitlab\.com|bitbucket\.org/i.test(url)) return "github";
  if (/indeed\.com|facebook\.com|twitter\.com/i.test(url)) return "other";
  return "portfolio";
}

/**
 * The rest of an address a line break cut: a centred or justified contact line wraps after the
 * address's last "/" or "-" ("https://linkedin.com/in/" over "jordan-lee-cs"), and the handle
 * alone on the next line is the part that names the person. Only a slug (no spaces, no "@").
 */
const WRAPPED_REST_RE = /^\n[ \t]*([A-Za-z0-9][\w.-]*[A-Za-z0-9_/]|[A-Za-z0-9])(?=$|[\s,;|])/;

function withWrappedRest(text: string, m: RegExpMatchArray): string {
  // A path cut open ("/in/", "/company/acme-"); a bare site with its slash is a whole address.
  if (!/^(?:https?:\/\/)?[^/]+\/\S*[^/\s][/-]$/i.test(m[0])) return m[0];
  const rest = WRAPPED_REST_RE.exec(text.slice(m.index! + m[0].length))?.[1];
  // A word on the next line ("Summary", "EDUCATION") is the resume going on, not a handle.
  if (!rest || rest.includes("@") || /^(?:\p{Lu}\p{Ll}+|\p{Lu}+)$/u.test(rest)) return m[0];
  return m[0] + rest;
}

function findLinks(text: string): ResumeLink[] {
  const seen = new Set<string>();
  const links: ResumeLink[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = withWrappedRest(text, m).replace(/[.)\]]+$/, "");
    const key = url
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "");
    if (seen.has(key) || EMAIL_RE.test(url)) continue;
    EMAIL_RE.lastIndex = 0;
    seen.add(key);
    links.push({ kind: linkKind(url), url: /^https?:/i.test(url) ? url : `https://${url}` });
  }
  return links;
}

export function extractContact(lines: string[], text: string): ParsedContact {
  const header = lines.slice(0, 15);
  const name = personNameFrom(lines);
  let location: Scored<string> | undefined;
  for (const line of header) {
    const loc = locationFromLine(line);
    if (loc) {
      location = { value: loc, confidence: 0.8 };
      break;
    }
  }
  const otherLocations: string[] = [];
  for (const line of lines) {
    const m = /willing to relocate(?: to)?\s*:?\s*(.+)$/i.exec(line);
    if (!m) continue;
    for (const loc of findLocations(m[1])) if (!otherLocations.includes(loc)) otherLocations.push(loc);
  }
  return {
    name,
    email: firstEmail(text),
    phone: firstPhone(lines),
    location,
    links: findLinks(text),
    otherLocations,
  };
}
