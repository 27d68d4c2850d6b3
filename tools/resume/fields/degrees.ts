/**
 * Degrees and their level (secondary < associate < bachelor < master < doctorate), from
 * the words people write: "B.E. in ENC", "Bachelor of Science in Computer Science",
 * "M.Tech", "MBA", "Ph.D.", "HSC", "12th", "Diploma in ...".
 */
import type { EducationLevel } from "../../../contract/profile.ts";
import { frenchDiploma } from "./french-diplomas.ts";

/** Full words: matched without case. */
const WORD_DEGREES: [EducationLevel, string][] = [
  // Each level's words in Spanish, Portuguese, French and German follow the English ones.
  [
    "doctorate",
    "doctor(?:ate)? of [a-z]+|(?<!juris )doctorate|ph\\.? ?d\\.?|d\\.phil|doctorado|doutorado|doctorat|doktorat",
  ],
  // "master"/"bachelor" alone is a verb or a noun ("master data"); a degree says "of", "in", "'s" or "degree".
  // A Portuguese or Spanish post-graduate course ("Pós-graduação em", "Especialização em") ranks with
  // the English "post graduate diploma"; its "graduação em" must not be read as a bachelor's.
  // The J.D. is a graduate professional degree after a first one: master's level, as the ad side
  // (tools/jobs/education.ts) reads a J.D. ask, so it meets a master's ask and never a research PhD's.
  // National vocational qualifications sit at the level the ad reader gives them too: the Spanish
  // "Grado Medio" and French bac pro upper-secondary (EQF 4), "Grado Superior" and a German
  // Ausbildung a post-secondary vocational diploma (associate).
  [
    "master",
    "juris doctor(?:ate)?|j\\.\\s?d\\.(?!\\s*(?:edwards|power))|master(?:'s|’s|s)(?: degree)?(?: of| in| program)?|master(?: degree| of| in| program)|post ?graduat(?:e|ion)(?: diploma)?|master (?:en|em|de)|máster|maestr[ií]a|mestrado|mag[ií]ster|diplôme d'ingénieur|p[óo]s[- ]?gradua[çc][ãa]o(?: em)?|posgrado(?: en)?|especializa[çc][ãa]o(?: em)?|especializaci[óo]n(?: en)?",
  ],
  [
    "bachelor",
    "bachelor(?:'s|’s|s)(?: degree)?(?: of| in)?|bachelor(?: degree| of| in)|undergraduate degree|(?:degree|graduate) in|licenciatura|licenciad[oa] en|grado en|bacharelado|gradua[çc][ãa]o em|licence (?:en|professionnelle)|bachelor (?:en|em|de)|ingenier[ií]a (?:en|de)",
  ],
  // A diploma after "high school" / "GED" is the school-leaving one (secondary), not a post-secondary diploma.
  [
    "associate",
    "associate(?:'s|’s)? (?:degree|of [a-z]+|in)|ciclo (?:formativo )?de grado superior|(?:fp|formaci[óo]n profesional) (?:de )?grado superior|(?:abgeschlossene )?(?:berufs)?ausbildung(?: als| zum| zur)?|(?<!(?:school|ged|secondary|leaving) )diploma|advanced diploma|hnc|hnd|btec|t[ée]cnico superior|tecn[óo]logo (?:en|em)",
  ],
  [
    "secondary",
    "ciclo (?:formativo )?de grado medio|(?:fp|formaci[óo]n profesional) (?:de )?grado medio|bac pro(?:fessionnel)?|high school|higher secondary|senior secondary|secondary school|matriculation|intermediate|ssc|hsc|sslc|puc|a[- ]levels?|gcse|ged|12th|10th|xii(?:th)?|class (?:x|xii)|std\\.? ?(?:x|xii)",
  ],
];

/** Abbreviations: matched with case, so "MS" counts but "ms" in a sentence does not. */
const ABBREV_DEGREES: [EducationLevel, string][] = [
  ["doctorate", "DNP|Ph\\.? ?D\\.?|PhD|Psy\\.? ?D\\.?|Ed\\.? ?D\\.?|D\\.? ?Sc\\.?|M\\.?D\\."],
  // "J.D." here: see the master's words above. "LL.M." only with its dot ("LLM" is a large language model).
  [
    "master",
    "J\\.? ?D\\.?|MSN|M\\.S\\.N\\.|M\\.? ?Tech|M\\.? ?E\\.|M\\.? ?S\\.? ?c\\.?|M\\.S\\.|MS|M\\.? ?B\\.? ?A\\.?|MBA|MCA|M\\.? ?C\\.? ?A\\.|M\\.? ?Com|M\\.A\\.|MA|LL\\. ?M\\.?|PGDM|PGDBA|PGD|MFA|MPH|MSW|M\\.? ?Ed\\.?|M\\.? ?Phil|M\\.S\\.S\\.W\\.|MSc|MEng|M\\.? ?Pharm|M\\.? ?Arch|MIS",
  ],
  [
    "bachelor",
    "BSN|B\\.S\\.N\\.|BSW|B\\.? ?Tech|B\\.? ?E\\.?|B\\.? ?S\\.? ?c\\.?|B\\.S\\.|BS|B\\.? ?C\\.? ?A\\.?|BCA|BBA|B\\.? ?B\\.? ?A\\.|B\\.? ?Com|B\\.A\\.|BA|LL\\.? ?B\\.?|B\\.? ?Arch|B\\.? ?Pharm|BFA|B\\.? ?Ed\\.?|BSc|BEng|B\\.? ?Sc|BMS|BBM|BHM",
  ],
  ["associate", "A\\.A\\.S?\\.?|AAS|A\\.S\\.|AS|AA|HNC|HND|BTEC|D\\.? ?Pharm"],
  ["secondary", "SSC|HSC|SSLC|PUC|CBSE|ICSE|GED|XII|X"],
];

/** Unambiguous abbreviations, matched in any case ("B.TECH", "btech", "Bsc", "B-Tech"). */
const ANY_CASE_DEGREES: [EducationLevel, string][] = [
  ["master", "m\\.? ?-?tech|m\\.? ?sc|m\\.? ?com|mca|mba|m\\.? ?b\\.? ?a\\.|pgdm|m\\.? ?e\\.|mba"],
  [
    "bachelor",
    "b\\.? ?-?tech|b\\.? ?sc|b\\.? ?com|bca|bba|b\\.? ?e\\.|b\\.? ?c\\.? ?a\\.|b\\.? ?b\\.? ?a\\.",
  ],
  ["doctorate", "ph\\.? ?d|p\\.hd"],
];

const WORD_RES = WORD_DEGREES.map(
  ([level, p]) => [level, new RegExp(`(?<![\\w.])(?:${p})(?![\\w])`, "i")] as const,
);
const ANY_CASE_RES = ANY_CASE_DEGREES.map(
  ([level, p]) => [level, new RegExp(`(?<![\\w.])(?:${p})(?![\\w]|\\.\\w)`, "i")] as const,
);
const ABBREV_RES = ABBREV_DEGREES.map(
  ([level, p]) => [level, new RegExp(`(?<![\\w.])(?:${p})(?![\\w]|\\.\\w)`)] as const,
);

/**
 * A national vocational qualification (UK NVQ, Scottish SVQ) ranks by the level written with it
 * ("NVQ 3 in Retailing", "NVQ Level 2", "Level 4 NVQ"): levels 1-3 sit with school-leaving
 * qualifications, 4-5 with the HNC/HND, 6 with a bachelor's and 7 with a master's. With no level
 * written it is read at school level, so it never claims more than the person wrote. The general
 * NVQ (GNVQ Foundation / Intermediate / Advanced) is school level too.
 */
const VOCATIONAL_RE =
  /(?<![\w.])(?:level\s*([1-8])\s+)?G?[NS]VQ(?:\s*\(?(?:level|lvl\.?)?\s*([1-8])\)?)?(?![\w])/i;
const VOCATIONAL_LEVELS: EducationLevel[] = [
  "secondary",
  "secondary",
  "secondary",
  "secondary",
  "associate",
  "associate",
  "bachelor",
  "master",
  "master",
];

function vocationalLevel(line: string): { level: EducationLevel; index: number; length: number } | undefined {
  const m = VOCATIONAL_RE.exec(line);
  if (!m) return undefined;
  const n = Number(m[1] ?? m[2] ?? 0);
  const at = m[1] ? m.index : m.index + m[0].search(/G?[NS]VQ/i);
  return { level: VOCATIONAL_LEVELS[n]!, index: at, length: m.index + m[0].length - at };
}

/** A national vocational qualification is named ("NVQ 3 in Retailing"). */
export function isVocational(degree: string): boolean {
  return VOCATIONAL_RE.test(degree);
}

/** "JD Edwards" (business software) and "J.D. Power" (ratings) are names, not the law degree. */
const JD_NAME_AFTER = /^\s*(?:edwards|power)\b/i;

export interface DegreeMatch {
  degree: string;
  level: EducationLevel;
  field?: string;
  index: number;
}

const LEVEL_RANK: Record<EducationLevel, number> = {
  secondary: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  doctorate: 4,
};

/** The highest-level degree written in the line, with its field of study. */
export function findDegree(line: string): DegreeMatch | undefined {
  let best: { level: EducationLevel; index: number; length: number } | undefined;
  for (const [level, re] of [...WORD_RES, ...ABBREV_RES, ...ANY_CASE_RES]) {
    const m = re.exec(line);
    if (!m) continue;
    // Single-letter "X"/"AS"/"MA"/"BA" mean a degree only when the line is short or says so.
    if (/^(?:X|AS|AA|MA|BA|MS|BS|ME|JD)$/.test(m[0]) && line.length > 80) continue;
    // "MA 02142" is a state and ZIP code; "MS SQL", "MS Office" are products.
    const after = line.slice(m.index + m[0].length);
    if (/^J\.? ?D\.?$/.test(m[0]) && JD_NAME_AFTER.test(after)) continue;
    if (
      /^(?:MA|MS|ME|BS)$/.test(m[0]) &&
      /^\s*(?:\d{5}|sql|office|excel|word|access|project|dynamics|windows|visio|powerpoint|outlook|teams|azure|dos)\b/i.test(
        after,
      )
    )
      continue;
    if (!best || LEVEL_RANK[level] > LEVEL_RANK[best.level])
      best = { level, index: m.index, length: m[0].length };
  }
  // At the same level, the qualification named first holds the other's words ("GNVQ Intermediate"
  // is the vocational qualification, not the Indian "intermediate" certificate).
  for (const other of [vocationalLevel(line), frenchDiploma(line)])
    if (
      other &&
      (!best ||
        LEVEL_RANK[other.level] > LEVEL_RANK[best.level] ||
        (other.level === best.level && other.index < best.index))
    )
      best = other;
  if (!best) return undefined;
  // "BSc (Hons) Marketing", "B.TECH (Electronics)": a parenthesis right after the degree belongs to it.
  const rest = line
    .slice(best.index)
    .replace(/^(\S+(?:\s\S+)?)\s*\(([^)]{1,40})\)/, (_m, d: string, p: string) => `${d} (${p})`);
  // The degree phrase runs until a separator that starts the school, date or grade (an em dash
  // parts them even unspaced: "BA (Hons) Illustration — University of ...").
  const phrase = rest
    .split(
      /\s+[-–—|]\s+|—|\s*[,;|]\s*|\s*\((?![^)]{1,40}\))|\s+(?:from|at)\s+|\s+(?:19|20)\d{2}\b|\s+with\s+|\s+(?:cgpa|gpa|percentage)\b|\s{2,}/i,
    )[0]
    .trim()
    .replace(/[.:]$/, (p) => (/\b[A-Z]\.[A-Z]?$/.test(rest) ? p : ""));
  const degree = phrase.length >= best.length ? phrase : rest.slice(0, best.length);
  const fieldMatch = /\b(?:in|of)\s+(.+)$/i.exec(degree.slice(best.length - 1));
  // "Pós-graduação em Dermatologia", "Máster en Finanzas": the matched words end in the joiner.
  const joined = /\s(?:in|of|em|en|de)$/i.test(line.slice(best.index, best.index + best.length))
    ? degree.slice(best.length).trim()
    : undefined;
  let field = fieldMatch?.[1]?.trim() ?? joined;
  if (
    field &&
    /^(?:science|arts|engineering|technology|commerce|business administration)$/i.test(field) &&
    /\bin\b/i.test(degree) === false
  )
    field = undefined;
  return { degree: degree.slice(0, 120), level: best.level, field: field || undefined, index: best.index };
}

export function levelRank(level: EducationLevel): number {
  return LEVEL_RANK[level];
}

/**
 * "finance degree", "a Computer Science degree, 2021": a line of an education section that is a
 * subject and the word "degree". The labeller reads it only as well as its training order lets
 * it, so the rule reads this exact form. Not in a sentence (a few words before "degree" only),
 * not "a high degree of ...", not a quantity ("some degree"). Read at bachelor level, as
 * "a degree in finance" is.
 */
const SUBJECT_DEGREE_RE =
  /^(?:(?:an?|my|the)\s+)?([A-Za-z][A-Za-z&'’-]*(?:\s+[A-Za-z&][A-Za-z&'’-]*){0,3})\s+degree\b(?!\s+(?:of|in)\b)/i;
const NOT_A_SUBJECT =
  /^(?:high|higher|some|certain|great|greater|large|small|lesser|any|no|one|first|second|third|this|that|same)$/i;

export function subjectDegree(line: string): DegreeMatch | undefined {
  const m = SUBJECT_DEGREE_RE.exec(line.trim());
  if (!m) return undefined;
  const field = m[1]!;
  if (NOT_A_SUBJECT.test(field.split(/\s+/)[0]!)) return undefined;
  const rest = line.trim().slice(m[0].length);
  // What follows is a date, a school or a grade, never more words of the same sentence.
  if (rest && !/^\s*(?:$|[,;|(–-]|\s(?:from|at)\s)/i.test(rest)) return undefined;
  const degree = m[0].slice(m[0].length - field.length - " degree".length).replace(/\s+/g, " ");
  return { degree, level: "bachelor", field, index: m.index };
}
