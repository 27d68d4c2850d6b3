/**
 * The person's name: an explicit "Name: ..." line, otherwise the first short line near
 * the top that reads as a name (capitalised words, no digits, no title or address words).
 * Resume-template banners ("Music Producer Resume Template") and job titles are skipped.
 */

import { isKnownName } from "../skills-port.ts";
import { matchHeading } from "../text/headings.ts";
import type { Scored } from "../types.ts";
import { titleScore } from "./job-header.ts";
import { findLocations } from "./location.ts";
import { isPlaceList, PLACE_NAMES } from "./places.ts";
import { isOtherTitleWord } from "./title-words-other.ts";
import { NOT_NAME_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from "./vocab.ts";

const HONORIFIC_RE = /^(?:mr|mrs|ms|miss|dr|prof|shri|smt|sri|kum)\.?\s+/i;
/** What a resume calls itself, in English and the other languages resumes reach us in. */
const DOCUMENT_WORDS =
  "r[eé]sum[eé]|curr[ií]cul(?:um|o)(?: vitae)?|c\\.?v\\.?|bio[- ]?data|lebenslauf|hoja de vida";
/**
 * The document's name written on the name's line, before or after it: "CURRICULUM VITAE Jonas
 * Weber", "Curriculum Vitae: Jonas Weber", "JONAS WEBER CURRICULUM VITAE", "Lebenslauf Jonas
 * Weber", "Jonas Weber | Resume". Taken off before the name is read, so the line is no banner.
 */
const LEAD_RE = new RegExp(
  `^(?:${DOCUMENT_WORDS})(?![\\p{L}])\\s*(?:[:\\-–—|]\\s*)?(?:(?:of|de|von)\\s+)?`,
  "iu",
);
const TRAIL_RE = new RegExp(
  `(?<=\\p{L})\\s*(?:[:\\-–—|,]\\s*)?(?<![\\p{L}])(?:${DOCUMENT_WORDS})\\s*$`,
  "iu",
);

/** A name line without the document's name before or after it ("Lebenslauf Jonas Weber" -> "Jonas Weber"). */
export function withoutDocumentWords(line: string): string {
  return line.replace(LEAD_RE, "").replace(TRAIL_RE, "").trim();
}

/** Name words in any alphabet's capitals and small letters ("Lucía", "ÁLVARO", "Ørsted", "O'Neil"). */
const NAME_TOKEN_RE =
  /^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\p{Ll}*['’]\p{Lu}\p{Ll}+|\p{Lu}\.?|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}{1,3}['’]\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*-\p{Lu}\p{Ll}+)$/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;
const CREDENTIALS_RE =
  /,\s*(?:mba|pmp|phd|ph\.d\.?|cpa|cfa|md|msc|bsc|be|btech|mtech|esq|jr|sr|csm|cissp|ed\.? ?d)\b.*$/i;
/** Lines that are a template banner, not a person: "Music Producer Resume Template". */
const BANNER_RE =
  /\b(?:resume|résumé|template|sample|example|cv|curriculum|currículum|currículo|vitae|lebenslauf|guide|tips|filed under)(?![\p{L}])/iu;

function isNameToken(token: string): boolean {
  if (!NAME_TOKEN_RE.test(token)) return false;
  if (/^X{2,}$/.test(token)) return false;
  return token
    .toLowerCase()
    .replace(/\.$/, "")
    .split("-")
    .every(
      (part) =>
        !NOT_NAME_WORDS.has(part) &&
        !TITLE_WORDS.has(part) &&
        !TITLE_MODIFIERS.has(part) &&
        // "Enfermera" alone under a name in capitals is the person's job, not a name.
        !isOtherTitleWord(part),
    );
}

/** What may follow a name on its line: a job title, an address number, contact details. */
function endsNameRun(rest: string[]): boolean {
  if (rest.length === 0) return true;
  const first = rest[0];
  if (/^\d|^[(+@]|@|^https?:|^www\./i.test(first) || /^x{2,}$/i.test(first)) return true;
  return rest.slice(0, 4).some((t) => {
    const lower = t.toLowerCase().replace(/[^a-z-]/g, "");
    return lower.split("-").some((w) => TITLE_WORDS.has(w));
  });
}

/** The name in one line, or undefined when the line is not a name line. */
export function nameInLine(rawLine: string, allowSingle: boolean, firstLine = false): string | undefined {
  let line = rawLine
    .replace(/^[•\-*\s"]+/, "")
    .replace(LEAD_RE, "")
    .replace(TRAIL_RE, "")
    .replace(CREDENTIALS_RE, "")
    .trim();
  line = line.replace(HONORIFIC_RE, "");
  const head = line.split(/\s+[-–|•]\s+|\s*[|•,(]\s*|\s{2,}/)[0].trim();
  if (!head || /@|:|\//.test(head.split(/\s+/)[0])) return undefined;
  if (matchHeading(head) || isPlaceList(line) || isPlaceList(head)) return undefined;
  // "Morris Plains, NJ 07950": a short line that is only a place.
  const placeWords = line
    .replace(/[\d-]+/g, " ")
    .trim()
    .split(/\s+/).length;
  if (placeWords <= 4 && findLocations(line)[0]?.split(",")[0] === head) return undefined;
  // "Dibbert.V" and "Kunze XXXXX": an initial glued on, or a redaction after the name.
  const tokens = head
    .replace(/\.([A-Z])\.?(?=\s|$)/, " $1")
    .split(/\s+/)
    .filter(Boolean);
  const taken: string[] = [];
  for (const t of tokens) {
    if (!isNameToken(t)) break;
    taken.push(t);
  }
  // A mixed-case name followed by an all-caps word: the caps word starts a title ("ESB ...").
  const mixedUntil = taken.findIndex(
    (t, i) => i > 0 && ALL_CAPS_RE.test(t) && taken.slice(0, i).every((x) => !ALL_CAPS_RE.test(x)),
  );
  if (mixedUntil > 0) taken.length = mixedUntil;
  const whole = taken.length === tokens.length;
  if (taken.length === 0 || taken.length > (whole ? 16 : 6)) return undefined;
  if (BANNER_RE.test(tokens.slice(0, taken.length + 1).join(" "))) return undefined;
  const meaningful = taken.filter((t) => t.replace(/\./g, "").length > 1);
  if (meaningful.length === 0) return undefined;
  const rest = tokens.slice(taken.length);
  if (meaningful.length === 1) {
    // A lone word is a name only on a line of its own or before a job title.
    const titled = rest.slice(0, 4).some((t) => titleScore(t) > 0) || /^X{2,}$/.test(rest[0] ?? "");
    if (!allowSingle || (!whole && !titled)) return undefined;
  } else if (!whole && !(firstLine && meaningful.length >= 2) && !endsNameRun(rest)) return undefined;
  if (PLACE_NAMES.has(taken[0].toLowerCase())) return undefined;
  // Trailing bare initials ("Dibbert V") are kept out of the name itself.
  while (taken.length > 1 && taken[taken.length - 1].replace(/\./g, "").length === 1) taken.pop();
  const name = taken.join(" ");
  // An all-caps single word is more often a heading or acronym than a name.
  if (meaningful.length === 1 && name === name.toUpperCase()) return undefined;
  return name;
}

/**
 * A labelled name, in the languages resumes reach us in: "Name:", "Full name:", "Nombre:",
 * "Nombre y apellidos:", "Nom :", "Nome completo:", "Vor- und Nachname:".
 */
const NAME_LABEL_RE =
  /^(?:(?:full\s+)?name|nombre(?:\s+(?:completo|y\s+apellidos))?|nom(?:\s+(?:complet|et\s+pr[ée]nom))?|nome(?:\s+completo)?|(?:vor-?\s*und\s+nach)?name)\s*[:\-–]\s*(.*)$/iu;

export function personNameFrom(lines: string[]): Scored<string> | undefined {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const explicit = NAME_LABEL_RE.exec(lines[i]);
    if (!explicit) continue;
    const value = explicit[1].trim() || lines[i + 1] || "";
    const name = nameInLine(value, true, true);
    if (name) return { value: name, confidence: 0.95 };
  }
  const limit = Math.min(lines.length, 12);
  // Prefer a full name anywhere near the top over a lone word at the very top.
  for (const single of [false, true]) {
    for (let i = 0; i < limit; i++) {
      if (single && i > 1) break;
      const read = nameInLine(lines[i], single, i === 0);
      // A list of tools near the top opens with a name written like a person's ("Active Directory, ...").
      if (!read || isKnownName(read)) continue;
      const name = withoutTitleOpening(read, lines[i]!, lines);
      const words = name.split(" ").length;
      const confidence = (i === 0 ? 0.95 : i <= 3 ? 0.85 : 0.7) * (words === 1 ? 0.6 : 1);
      return { value: name, confidence: Math.round(confidence * 100) / 100 };
    }
  }
  return undefined;
}

/**
 * A name in capitals that runs into its job title ("MARIA GONZALEZ REGISTERED NURSE", a resume
 * pasted as one paragraph): capitals give no casing to end the name by, so the title's opening
 * words are read from the resume itself: trailing words of the name, before a job-title word,
 * that the resume also writes in lower case are the title's ("registered", "accounts payable"),
 * not the person's. At least two name words stay; a name with no title after it is left alone.
 */
function withoutTitleOpening(name: string, line: string, lines: string[]): string {
  const taken = name.split(" ");
  if (taken.length < 3 || name !== name.toUpperCase()) return name;
  const at = line.indexOf(name);
  const next =
    at < 0
      ? undefined
      : line
          .slice(at + name.length)
          .trim()
          .split(/\s+/)[0];
  if (!next || !TITLE_WORDS.has(next.toLowerCase().replace(/[^a-z]/g, ""))) return name;
  const lower = new Set(
    lines
      .join(" ")
      .split(/\s+/)
      .filter((t) => /^[a-z]/.test(t) && !/[@/]/.test(t))
      .map((t) => t.replace(/[^a-z]/g, "")),
  );
  let end = taken.length;
  while (end > 2 && lower.has(taken[end - 1]!.toLowerCase())) end--;
  return taken.slice(0, end).join(" ");
}
