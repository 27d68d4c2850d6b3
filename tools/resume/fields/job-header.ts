/**
 * Reads a job's header lines ("Senior Engineer", "Infosys Limited - Pune, Maharashtra -",
 * "Software Eng Lead, Google, Mountain View") into title, company and location.
 */

import { isTitleHead } from "../../../data/roles/title-heads.ts";
import { matchHeading } from "../text/headings.ts";
import { findLocations } from "./location.ts";
import { isPlaceList, US_STATE_CODES } from "./places.ts";
import { isOtherTitleWord } from "./title-words-other.ts";
import { COMPANY_SUFFIX_RE, INSTITUTION_RE, TITLE_MODIFIERS, TITLE_WORDS } from "./vocab.ts";

export interface JobHeader {
  title?: string;
  company?: string;
  location?: string;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

export function titleScore(part: string): number {
  const ws = words(part);
  if (ws.length === 0 || ws.length > 9) return 0;
  let score = 0;
  for (const w of ws) {
    if (TITLE_WORDS.has(w)) score += 2;
    else if (TITLE_MODIFIERS.has(w)) score += 0.5;
  }
  if (ws.some((w) => TITLE_WORDS.has(w))) return score;
  // A title in another language: "Enfermera Jefe de Turno", "Projektleiterin" (English words
  // are split on any non-ASCII letter above, so these are read whole).
  const native = part
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (native.length > 9) return 0;
  const heads = native.filter(isOtherTitleWord).length;
  return heads > 0 ? 2 * heads : 0;
}

/**
 * A title word ending the part ("Logistics Coordinator", "RETAIL MANAGER"): a company word before
 * it ties title and company, which reads as the title, and capitals must not break the tie (the
 * job lost its title to the employer). Only the capitals' weight goes: beside another title, such
 * a part may still be the employer.
 */
function endsWithTitleWord(part: string): boolean {
  const ws = words(part);
  return ws.length >= 2 && TITLE_WORDS.has(ws[ws.length - 1]!);
}

function companyScore(part: string): number {
  let score = 0;
  if (COMPANY_SUFFIX_RE.test(part)) score += 2;
  if (/^[A-Z0-9&.\s]{3,}$/.test(part) && /[A-Z]{2}/.test(part) && !endsWithTitleWord(part)) score += 0.5;
  return score;
}

const LABEL_RE =
  /^(?:(?:past|present|current|previous|former|last)\s+)?(?:company|organi[sz]ation|employer|client|designation|role|position|title|location|duration|period|tenure)\s*[:\-–]\s*/i;

/** "Hoshino Precision Works as Quality Inspector" after an employer's label: the employer, then the title. */
function employerAsTitle(value: string): { company: string; title?: string } {
  const m = /^(.+?)\s+as\s+(?:an?\s+)?(.+?)[.,;]?$/i.exec(value);
  return m && titleScore(m[2]) > 0 ? { company: m[1], title: m[2] } : { company: value };
}

/**
 * Splits header text into parts on the separators job lines use (a dash written as two or three
 * hyphens, "Brightwater Labs -- QA Analyst", is one too). A colon before lower-case
 * words opens what was done there ("Brand Assistant at Solbrisa Foods: planned launches"),
 * which is no part of the employer.
 */
function partsOf(lines: string[]): string[] {
  const parts: string[] = [];
  for (const line of lines.map(withoutBracketedLink)) {
    for (const p of line.split(
      /\s+(?:-{1,3}|[–—|])\s+|\s*[|•]\s*|\s+[-–—]$|^[-–—]\s+|\s+at\s+(?=[A-Z])|\s+@\s+|\s*:\s+(?=\p{Ll})/u,
    )) {
      const t = p.replace(/^[-–—,:;.\s]+|[-–—,:;\s]+$/g, "").trim();
      if (t.length > 1) parts.push(t);
    }
  }
  return parts;
}

/** "Asea Brown Boveri [http://www.abb.com]": the employer's web address beside its name is no part of it. */
const withoutBracketedLink = (line: string) =>
  line.replace(/\s*[[(]\s*(?:https?:\/\/|www\.)[^\s\])]*\s*[\])]/gi, "");

const SENTENCE_CUT_RE = /\s+(?:with|at|for|from|in|since|having|where)\s+.*$/i;

/** "Working as Escalation Engineer with Microsoft." -> title and company from the sentence. */
export function titleFromSentence(line: string): JobHeader | undefined {
  const m =
    /\b(?:working|worked|work|employed|serving|served|joined)\s+as\s+(?:an?\s+)?(.+?)(?:\s+(?:with|at|in|for)\s+(.+?))?(?:\s+(?:from|since|in|for|during)\b.*)?[.,;]?$/i.exec(
      line,
    );
  if (!m || titleScore(m[1]) === 0 || m[1].split(/\s+/).length > 6) return undefined;
  const company = m[2] && plausibleCompany(m[2]) ? m[2] : undefined;
  return { title: m[1], company };
}

const NOT_COMPANY_RE =
  /^(?:responsibilities|role|projects?|client|summary|duties|achievements|duration|since|resume|present|current|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const MINOR = new Set(["of", "and", "the", "for", "in", "&", "at", "de", "on", "to", "a"]);

function plausibleCompany(s: string): boolean {
  if (s.length < 2 || s.length > 80 || (!/^[A-Z0-9"“(]/.test(s) && !/^[a-z]+[A-Z]/.test(s))) return false;
  if (/https?:|www\.|@|^\(/i.test(s) || /[:]$/.test(s)) return false;
  // A field's label before its value ("Job Profile: Casting Line", "Team Size: 4") is no name.
  if (/^[\p{L} ]{2,25}:\s/u.test(s)) return false;
  if (/\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{2}\b/.test(s) || /^(?:inc|ltd|llc|co)\.?$/i.test(s)) return false;
  if (NOT_COMPANY_RE.test(s) || matchHeading(s)) return false;
  // A job title is not a company unless it carries a company word ("Software Developer" vs "Developer Labs").
  if (titleScore(s) > 0 && !COMPANY_SUFFIX_RE.test(s)) return false;
  // A sentence fragment ("Conducted research on ...") is mostly lowercase words.
  const words = s.split(/\s+/).filter((w) => /[A-Za-z]/.test(w) && !MINOR.has(w.toLowerCase()));
  if (words.length > 2 && words.filter((w) => /^[A-Z0-9"“(]/.test(w)).length / words.length < 0.5)
    return false;
  return !isPlaceList(s);
}

/** "Violet Advertisers, Phoenix, AZ" -> "Violet Advertisers" (the place goes to location). */
function splitTrailingPlace(s: string): { name: string; place?: string } {
  const parts = s.split(/\s*,\s*/);
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join(", ");
    if (isPlaceList(tail)) return { name: parts.slice(0, i).join(", "), place: tail };
  }
  const dash = /^(.*?)\s*-\s*([A-Z][A-Za-z ]+)$/.exec(s);
  if (dash && isPlaceList(dash[2])) return { name: dash[1], place: dash[2] };
  return { name: s };
}

/**
 * A part that is exactly "City, Region" with a known region ("Boulder, CO"), the city unlisted;
 * a name with a company word before the comma is an employer ("Zenith Books Inc., Illinois").
 */
const isCityRegion = (part: string) =>
  findLocations(part)[0] === part && !COMPANY_SUFFIX_RE.test(part.slice(0, part.indexOf(",")));

/** Only words that qualify a title ("Product Management", "Sales Operations"): a department. */
const isDepartment = (s: string) =>
  words(s).every((w) => TITLE_MODIFIERS.has(w) || MINOR.has(w)) && !COMPANY_SUFFIX_RE.test(s);

/**
 * "Senior Account Executive, Brightline Software" beside another separator ("— Austin, TX"):
 * a title, then a comma, then a name that is no title, place or department is the employer.
 * "Director, Product Management" stays one title.
 */
function titleCommaCompany(part: string, others: string[]): string[] {
  const comma = part.indexOf(",");
  if (comma < 0) return [part];
  // "Regional Sales Manager, Mid-Market" above "Copperleaf Analytics, Austin, TX": one word after
  // the comma (not in capitals, no school word) while another part names the employer qualifies
  // the title (a segment or a region). "Associate Professor, Wichita State University" splits.
  const after = part.slice(comma + 1).trim();
  if (
    /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)*$/u.test(after) &&
    !INSTITUTION_RE.test(after) &&
    others.some(namesEmployer)
  )
    return [part];
  const title = part.slice(0, comma).trim();
  const rest = part.slice(comma + 1).trim();
  const named = /^[A-Z]/.test(rest) && !/\d/.test(rest);
  if (!named || titleScore(title) === 0 || titleScore(rest) > 0 || isPlaceList(rest) || isDepartment(rest))
    return [part];
  return [title, rest];
}

/**
 * "Round Rock, TX": a town no place list holds, then a state's two-letter code. Only that form:
 * with a region's full name the "town" is as often a site ("Kennedy Space Center, Florida").
 */
const isTownState = (part: string) => {
  const m = /^([^,]+),\s*([A-Z]{2})$/.exec(part);
  return !!m && US_STATE_CODES.has(m[2]!) && m[1]!.split(/\s+/).length <= 3 && isCityRegion(part);
};

/** "Copperleaf Analytics", "Round Rock", "TX" -> the last two rejoined as one place ("Round Rock, TX"). */
function withCityRegion(parts: string[]): string[] {
  if (parts.length < 3) return parts;
  const tail = `${parts[parts.length - 2]}, ${parts[parts.length - 1]}`;
  return isTownState(tail) ? [...parts.slice(0, -2), tail] : parts;
}

/** A part that can be the employer: capitalised, no title, no place alone, no dates. */
const namesEmployer = (p: string) => {
  const name = p.split(/\s*,\s*/)[0]!;
  return titleScore(name) === 0 && !isPlaceList(name) && !isTownState(p) && plausibleCompany(name);
};

/** The part's last word heads O*NET job titles and the part is short, with no company word. */
function headOfTitle(part: string): boolean {
  const ws = words(part);
  return ws.length > 0 && ws.length <= 5 && isTitleHead(ws[ws.length - 1]) && !COMPANY_SUFFIX_RE.test(part);
}

export function readJobHeader(lines: string[]): JobHeader {
  const h = readRawHeader(lines);
  if (h.company) {
    const { name, place } = splitTrailingPlace(h.company);
    h.company = plausibleCompany(name) ? name : undefined;
    if (place && !h.location) h.location = place;
  }
  // A full stop closing a header field ("Production Artist.", "Salem, Oregon.") is no part of
  // it; an abbreviation's dot ("Sr.", "Inc.", "D.C.") stays.
  if (h.location) h.location = withoutFullStop(h.location);
  // "Member of the Bar Association" beside a date is a membership held, not a job ("Member of
  // Technical Staff" is a job).
  if (h.title && /^member of\b(?!.*\bstaff\b)/i.test(h.title)) h.title = undefined;
  if (h.title) {
    h.title = withoutFullStop(h.title);
    const cut = h.title.replace(SENTENCE_CUT_RE, "").trim();
    if (titleScore(cut) > 0) h.title = cut;
    // Words, not the slashes between a title's alternatives ("Senior Analyst / IT Project / Program Consultant").
    if (h.title.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 8) h.title = undefined;
  }
  return h;
}

const withoutFullStop = (s: string) => s.replace(/(\p{L}\p{Ll}{3,})\.$/u, "$1");

const LEGAL_FORM_RE = /^(?:inc|ltd|llc|llp|lp|l\.l\.c|l\.p|co|corp|plc|gmbh|pvt\.? ltd|pty\.? ltd)\.?$/i;

/**
 * Comma-separated parts with a legal form written after its own comma put back on the name:
 * "Acme Widgets, Inc." on a line of its own is one employer, not a title and a company "Inc."
 * (issue 14: such a line above a job's dates gave no employer at all).
 */
function withLegalForms(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (out.length > 0 && LEGAL_FORM_RE.test(p)) out[out.length - 1] = `${out[out.length - 1]}, ${p}`;
    else out.push(p);
  }
  return out;
}

function readRawHeader(lines: string[]): JobHeader {
  const header: JobHeader = {};
  const labelled = lines.map((l) => {
    const m = LABEL_RE.exec(l);
    if (!m) return l;
    const key = m[0].toLowerCase();
    const value = l.slice(m[0].length).trim();
    if (/company|organi|employer|client/.test(key)) {
      const { company, title } = employerAsTitle(value);
      header.company ??= company;
      if (title) header.title ??= title;
    } else if (/location/.test(key)) header.location ??= value;
    // "Duration: 8 Years (1993 2001)": how long, which the job's dates already say.
    else if (!/duration|period|tenure/.test(key)) header.title ??= value;
    return "";
  });
  let parts = partsOf(labelled.filter(Boolean));
  // "Software Eng Lead, Google, Mountain View": commas separate fields when no other separator did.
  if (parts.length === 1 && parts[0].includes(",")) {
    const byComma = withCityRegion(withLegalForms(parts[0].split(/\s*,\s*/).filter(Boolean)));
    if (byComma.length >= 2 && byComma.length <= 4 && !isPlaceList(parts[0])) parts = byComma;
  } else parts = parts.flatMap((p, i) => titleCommaCompany(p, parts.slice(0, i).concat(parts.slice(i + 1))));
  const rest: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    // "Pune, Maharashtra" as a part, or the tail "..., Pune" after a company.
    if (!header.location && (isPlaceList(p) || isCityRegion(p))) {
      header.location = p;
      continue;
    }
    const withPlace = /^(.*?),\s*([^,]+(?:,\s*[^,]+)?)$/.exec(p);
    const placeTail = withPlace && (isPlaceList(withPlace[2]) || isTownState(withPlace[2]));
    if (withPlace && placeTail && !header.location && titleScore(withPlace[1]) === 0) {
      header.location = withPlace[2];
      rest.push(withPlace[1]);
      continue;
    }
    rest.push(p);
  }
  const scored = rest.map((p) => ({ p, t: titleScore(p), c: companyScore(p) }));
  // No part carries a title word of the short list: a part ending in a word that ends O*NET
  // titles ("HR Generalist", "Payroll Bookkeeper") is the title. Only here: the wider list
  // holds tool-like words ("Illustrator", "Blender") that must not stop a skill being read.
  if (scored.every((s) => s.t === 0)) for (const s of scored) s.t = headOfTitle(s.p) ? 1 : 0;
  if (!header.title) {
    const t = scored.filter((s) => s.t > 0 && s.t >= s.c).sort((a, b) => b.t - a.t)[0];
    if (t) header.title = t.p;
  }
  if (!header.company) {
    // A second title ("Trainee, English Teacher, Thornaby School") is no employer: the name is.
    const c = scored
      .filter((s) => s.p !== header.title && (s.t === 0 || s.c >= 2))
      .sort((a, b) => b.c - a.c)[0];
    if (c && c.p.length <= 80 && words(c.p).length <= 10) header.company = c.p;
  }
  if (!header.location) {
    const loc = findLocations(lines.join(" | "))[0];
    if (loc && loc !== header.company) header.location = loc;
  }
  return header;
}
