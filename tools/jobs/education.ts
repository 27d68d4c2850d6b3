/**
 * Education asks: the lowest level the ad accepts ("BS or MS" -> bachelor), fields of study,
 * and "or equivalent (practical) experience".
 */
import { EDUCATION_ORDER, type EducationLevel } from "../../contract/profile.ts";
import type { EducationRequirement, RequirementKind } from "./types.ts";

/** A pattern a sentence is tested against. */
interface Pattern {
  test(text: string): boolean;
}
/** Patterns read together: some are matched with case ("CAP", "JD"), some without. */
const anyOf = (...patterns: Pattern[]): Pattern => ({ test: (text) => patterns.some((p) => p.test(text)) });

/**
 * "Ciclo (Formativo) de Grado Medio", "FP Grado Medio", the French CAP / BEP / bac pro. The French
 * abbreviations are diplomas only before their field's capitalised name ("CAP Cuisine", "BTS
 * Commerce"): "the CAP theorem", a telecom "BTS site", a hardware "DUT" are no diplomas.
 */
const VOCATIONAL_SECONDARY = anyOf(
  /\b(?:ciclo (?:formativo )?de grado medio|(?:fp|formaci[óo]n profesional) (?:de )?grado medio|grado medio de formaci[óo]n profesional|bac pro(?:fessionnel)?)\b/i,
  /\b(?:CAP|BEP)\s+(?!Theorem\b)[A-ZÀ-Ý]/,
);
/** "abgeschlossene Berufsausbildung", "Ciclo de Grado Superior", BTS / DUT. */
const VOCATIONAL_HIGHER = anyOf(
  /\b(?:(?:berufs)?ausbildung|ciclo (?:formativo )?de grado superior|(?:fp|formaci[óo]n profesional) (?:de )?grado superior|t[ée]cnico superior)\b/i,
  /\b(?:BTS|DUT)\s+(?!(?:Site|Sites|Installation|Equipment|Commissioning|Integration|Antenna|Tower|Board|Test)\b)[A-ZÀ-Ý]/,
);
/** LL.B. */
const LAW_BACHELOR = /\bll\.?\s?b\b\.?/i;
/**
 * J.D. / Juris Doctor / LL.M. A bare "JD" is also the job description ("see the JD"): it names the
 * degree only beside a degree's words ("JD from an accredited law school", "JD or LL.M.", "a JD degree");
 * the LL.M. only with its dot ("LLM" is a large language model in a tech ad); "J.D. Edwards" is an ERP.
 */
const LAW_GRADUATE = anyOf(
  /\bj\.\s?d\.(?!\s*edwards)|\bjuris doctor(?:ate)?\b|\bll\.\s?m\b\.?/i,
  /\bJD\b(?=\s*(?:degree|from|\/|or\s+(?:an?\s+)?(?:ll|equivalent|law)|\(|,?\s*(?:required|preferred)))/,
);

/**
 * Levels named outright. "Postdoctoral level" asks for a doctorate held; "advanced" and
 * "postgraduate" degrees are master's level.
 */
const LEVELS: [Pattern, EducationLevel][] = [
  [/\b(high school|secondary school|a-levels?|abitur|gcse|high school diploma)\b/i, "secondary"],
  // National vocational qualifications read as the level they are (EQF 3-4: the Spanish
  // "Grado Medio", the French CAP/BEP/bac pro), not as no education.
  [VOCATIONAL_SECONDARY, "secondary"],
  [
    /\b(associate'?s? degree|associate of|diploma in|vocational|apprenticeship|technical education)\b/i,
    "associate",
  ],
  // A completed trade training and the short higher vocational diplomas (EQF 4-5): the German
  // Ausbildung, the Spanish "Grado Superior", the French BTS/DUT — as "vocational" above.
  [VOCATIONAL_HIGHER, "associate"],
  // The law degrees: the LL.B. is a first degree; the J.D. (a graduate professional degree
  // after a first one) and the LL.M. are read at master's level, the level the resume reader
  // gives them (tools/resume/fields/degrees.ts), so a lawyer's J.D. meets an ad's J.D.
  [LAW_BACHELOR, "bachelor"],
  [LAW_GRADUATE, "master"],
  [
    /\b(bachelor'?s?|bachelor|b\.?\s?sc?\.?|b\.?a\.?|bs\/ba|ba\/bs|b\.?eng|b\.?tech|undergraduate degree|bsc\/msc|bsn|bba|b\.ed|b\.?com|bfa|bsw)\b/i,
    "bachelor",
  ],
  [
    /\b(master'?s?|m\.?\s?sc\.?|m\.?s\.? (degree|in)|m\.?eng|mba|ma in|msc\/phd|master level|master´s|advanced (university |academic )?degree|post-?graduate (degree|qualification)|graduate degree|msn|m\.ed|mph|mpa|msw|mfa)\b/i,
    "master",
  ],
  [/\b(ph\.?\s?d\.?|doctorate|doctoral|d\.?phil|post-?doc\w*)\b/i, "doctorate"],
];

/** A degree asked without its level ("a degree in finance"): bachelor, unless a level is named. */
const UNNAMED_DEGREE =
  /\b(university degree|academic degree|college degree|degree in|a degree|degree;?$|higher education|university education|engineering degree|relevant degree)\b/i;

const FIELDS =
  /\b(computer science|software engineering|information technology|information systems|computer engineering|electrical engineering|electronics|mathematics|statistics|physics|data science|bioinformatics|biology|chemistry|biochemistry|biotechnology|economics|finance|business administration|business|marketing|accounting|law|mechanical engineering|civil engineering|chemical engineering|engineering|medicine|nursing|pharmacy|pharmaceutical sciences|psychology|education|design|communication|journalism|stem|natural sciences|science|informatics|operations research|supply chain)\b/gi;

const DEGREE_CUE_WORDS =
  /\b(bsn|msn|bba|b\.ed|m\.ed|mph|msw|bsw|bfa|mfa|degree|bachelor|master|b\.?\s?sc|m\.?\s?sc|ph\.?\s?d|doctorate|post-?doc\w*|mba|diploma|bs\/ba|ba\/bs|graduate|education in|studies in|qualification in)\b/i;
/** A degree's words, the law degrees and the national vocational qualifications among them. */
const DEGREE_CUE = anyOf(
  DEGREE_CUE_WORDS,
  VOCATIONAL_SECONDARY,
  VOCATIONAL_HIGHER,
  LAW_BACHELOR,
  LAW_GRADUATE,
);

/**
 * The bare US abbreviations "BS" / "BA" / "MS" are degrees only where a degree is said: followed
 * by a field ("BS in CS", "B.S. degree"), by another degree ("BS/MS", "BS or MS") or by "or
 * equivalent" — never alone ("MS Office", "BA" as a business analyst).
 */
const ABBREVIATED_DEGREE =
  /\b(?:b\.?\s?s|b\.?\s?a|m\.?\s?s)\.?(?=\s*(?:(?:in|of|degree|or equivalent)\b|(?:\/|or\s+)(?:b\.?\s?s|b\.?\s?a|m\.?\s?s|ph\.?\s?d)\b))/i;

/**
 * Whether a piece of an ad is about a degree at all (the gap analysis types such an ask by it):
 * the degree words this reader knows, "BS in CS", and a university or doctoral education.
 */
export function namesDegree(text: string): boolean {
  return DEGREE_CUE.test(text) || ABBREVIATED_DEGREE.test(text) || /\b(university|doctora\w*)\b/i.test(text);
}

/** Fields named by their usual abbreviation in a degree ask ("BS in CS", "a degree in EE"). */
const FIELD_ABBREVIATIONS: [RegExp, string][] = [
  [/\b(?:in|of)\s+(?:CS|C\.S\.)(?=\W|$)/, "computer science"],
  [/\b(?:in|of)\s+(?:EE|E\.E\.)(?=\W|$)/, "electrical engineering"],
  [/\b(?:in|of)\s+(?:CE)(?=\W|$)/, "computer engineering"],
];

/**
 * The ad says no experience stands in for the degree ("cannot be replaced by experience", "no
 * substitute for the degree", "experience will not be accepted in lieu"): a required level not
 * held is then a hard ask, as for a licensed occupation's degree.
 */
const NO_SUBSTITUTE =
  /\b(cannot|can ?not|can't|will not|won't|may not|is not|are not)\s+(be\s+)?(replaced|substituted|compensated|offset)\b|\bno (substitute|substitution|exceptions?)\b|\bexperience (cannot|can't|will not|won't|does not|doesn't|may not|is not)\s+(be\s+)?(replace|substitute|stand|accepted|considered|count)\w*|\bnot\s+(be\s+)?accepted in lieu\b|\bin lieu of (a |the )?(degree|diploma)\b[^.]*\bnot\b|\bwithout exception\b/i;

/** The sentence says no experience stands in for a degree ("This cannot be replaced by experience"). */
export function saysNoSubstitute(sentence: string): boolean {
  return (
    NO_SUBSTITUTE.test(sentence) &&
    /\b(degree|education|diploma|qualification|this|it|experience)\b/i.test(sentence)
  );
}

/** Education requirement found in one sentence, or undefined. */
export function findEducation(sentence: string, kind: RequirementKind): EducationRequirement | undefined {
  const abbreviated = ABBREVIATED_DEGREE.exec(sentence);
  if (!DEGREE_CUE.test(sentence) && !abbreviated) return undefined;
  const found = LEVELS.filter(([p]) => p.test(sentence)).map(([, level]) => level);
  // "a Masters Degree in Finance" names its level; "a degree in Finance" does not.
  if (found.length === 0 && UNNAMED_DEGREE.test(sentence)) found.push("bachelor");
  if (found.length === 0) return undefined;
  const level = EDUCATION_ORDER.find((l) => found.includes(l));
  const fields = [
    ...new Set([
      ...[...sentence.matchAll(FIELDS)].map((m) => m[1]!.toLowerCase()),
      ...FIELD_ABBREVIATIONS.filter(([p]) => p.test(sentence)).map(([, field]) => field),
      // A law degree is a degree in law whether or not the ad says the field.
      ...(LAW_BACHELOR.test(sentence) || LAW_GRADUATE.test(sentence) ? ["law"] : []),
    ]),
  ].sort();
  const equivalentExperience =
    /\b(or|and\/or)\s+(equivalent|comparable|similar|relevant)\s+(practical |professional |work |industry )?(experience|qualification)/i.test(
      sentence,
    ) ||
    /\bequivalent (practical |professional |work )?experience\b/i.test(sentence) ||
    // "BS in CS or equivalent": the equivalent of a degree, as US ads write it, is experience.
    /\bor (an )?equivalent\b(?!\s+(?:degree|level|qualification|diploma|of)\b)/i.test(sentence);
  const preferred =
    kind === "preferred" ||
    /\b(preferred|preferably|(?:is|would be|will be|are|a) (?:big |strong |definite |real )?plus|advantage(?:ous)?|desirable|ideally|nice to have|bonus|an asset|beneficial)\b/i.test(
      sentence,
    );
  // A required doctorate is the entry ticket of research posts: unless the ad says equivalent
  // experience will do, nothing stands in for it (a postdoc post is not met by a PhD in progress).
  const doctorateOnly = level === "doctorate" && !equivalentExperience;
  const noSubstitute = !preferred && (NO_SUBSTITUTE.test(sentence) || doctorateOnly);
  return {
    kind: preferred ? "preferred" : "required",
    ...(level ? { level } : {}),
    fields,
    equivalentExperience: equivalentExperience && !noSubstitute,
    ...(noSubstitute
      ? {
          noSubstitute: NO_SUBSTITUTE.test(sentence)
            ? `the ad: "${sentence.trim().slice(0, 160)}"`
            : `a doctorate the ad asks for with no equivalent named: "${sentence.trim().slice(0, 120)}"`,
        }
      : {}),
    evidence: sentence.trim().slice(0, 240),
  };
}

/**
 * Education asked in a sentence whose "preferred" may belong to a second, higher degree only:
 * "Bachelor's degree in education (master's preferred)" requires the bachelor's. A part that
 * carries the cue and names a degree of its own is read apart; a cue in a part naming no degree
 * ("A degree in CS, math, or a related field is preferred") is the whole sentence's.
 */
export function readEducation(sentence: string, kind: RequirementKind): EducationRequirement | undefined {
  const whole = findEducation(sentence, kind);
  if (!whole || whole.kind === "required" || kind === "preferred") return whole;
  const parts = sentence.split(/[,;()]|\.\s+/);
  const own = (part: string) => {
    const read = findEducation(part, "required");
    return read?.kind === "preferred" && read.level !== undefined;
  };
  const preferredParts = parts.filter(own);
  if (preferredParts.length === 0) return whole;
  const rest = parts.filter((p) => !own(p)).join(", ");
  const required = findEducation(rest, "required");
  if (!required?.level || required.kind !== "required") return whole;
  return mergeEducation(required, { ...whole, kind: "preferred" });
}

/** Keeps the most demanding required statement; a preferred one only if nothing is required. */
export function mergeEducation(
  current: EducationRequirement | undefined,
  next: EducationRequirement,
): EducationRequirement {
  if (!current) return next;
  if (current.kind === "preferred" && next.kind === "required") return next;
  if (current.kind === "required" && next.kind === "preferred") return current;
  const a = current.level ? EDUCATION_ORDER.indexOf(current.level) : -1;
  const b = next.level ? EDUCATION_ORDER.indexOf(next.level) : -1;
  const base = b > a ? next : current;
  // A statement that nothing stands in for the degree holds for the level the ad asks.
  const noSubstitute = current.noSubstitute ?? next.noSubstitute;
  return {
    ...base,
    fields: [...new Set([...current.fields, ...next.fields])].sort(),
    equivalentExperience: !noSubstitute && (current.equivalentExperience || next.equivalentExperience),
    ...(noSubstitute ? { noSubstitute } : {}),
  };
}
