/**
 * A job title as a person would write it: "instructional designer" -> "Instructional
 * Designer", "head of qa" -> "Head of QA". Used for role titles and for titles typed in lower
 * case (a title typed with capitals is kept as typed: the person chose them).
 */

/** Words of a title written in capitals ("QA Engineer", "UX Designer", "Engineer II"). */
const ACRONYMS = new Set([
  "qa",
  "ux",
  "ui",
  "hr",
  "it",
  "seo",
  "sre",
  "ai",
  "rn",
  "cfo",
  "ceo",
  "cto",
  "vp",
  "ii",
  "iii",
  "iv",
  // Job-board shorthand people type for a role ("applied to Gainsight for csm", "SDE1 at Amazon").
  "pm",
  "csm",
  "sde",
  "swe",
  "sdr",
  "bdr",
  "cpa",
  "lpn",
  "cna",
  "bi",
  "ml",
  "coo",
  "cmo",
  "cio",
  "ciso",
  "hrbp",
  "gis",
  "erp",
  "crm",
  "sql",
  "etl",
  "hvac",
]);
const SPECIAL: Record<string, string> = {
  devops: "DevOps",
  fullstack: "Full Stack",
  frontend: "Front End",
  ios: "iOS",
};
/** An acronym with a level glued to it: "sde1", "swe2", "l5". */
const ACRONYM_LEVEL = /^([a-z]+)(\d{1,2})$/;
/**
 * Short joining words stay lower case inside a title ("Head of Learning", "Teacher for the
 * Deaf"), in the chat's other languages too ("Analista de Dados", "Chef de Projet", "Leiter
 * der Buchhaltung"; they were capitalised as if English: "Analista De Dados").
 */
const MINOR = new Set([
  ...["and", "of", "for", "the", "a", "an", "at", "in", "on", "to", "with", "or"],
  ...[
    "de",
    "da",
    "do",
    "das",
    "dos",
    "del",
    "di",
    "du",
    "des",
    "la",
    "le",
    "les",
    "el",
    "y",
    "e",
    "et",
    "em",
    "en",
  ],
  ...["para", "pour", "por", "und", "der", "für", "von", "im", "am", "zur", "zum"],
]);

export function titleCase(title: string): string {
  return title
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (SPECIAL[lower]) return SPECIAL[lower];
      if (ACRONYMS.has(lower)) return lower.toUpperCase();
      const level = ACRONYM_LEVEL.exec(lower);
      if (level && (ACRONYMS.has(level[1]!) || level[1]!.length === 1)) return lower.toUpperCase();
      // A word with a capital inside is a name written its own way ("McKinsey", "eBay").
      if (/\p{Ll}\p{Lu}/u.test(w)) return w;
      if (i > 0 && MINOR.has(lower)) return lower;
      return `${lower[0]!.toUpperCase()}${lower.slice(1)}`;
    })
    .join(" ");
}

/** The title in title case when it was typed all in lower case; otherwise as typed. */
export function titleAsWritten(title: string): string {
  return /\p{Lu}/u.test(title) ? title : titleCase(title);
}
