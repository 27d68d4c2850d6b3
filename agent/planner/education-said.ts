/**
 * A degree said in chat: "I have a BSN", "I did a BCom", "MSc in data science 2019", "tengo una
 * licenciatura en enfermería", "j'ai un master en finance", "ich habe einen Bachelor in BWL",
 * "sou formada em administração", "maine BCom kiya hai". The trial (F1.1, F15.3, F21.2) found
 * such degrees dropped from an intro, then the verdict's degree check read "education n/a".
 * The degree and its level are read by the resume parser's own degree reader
 * (tools/resume/fields/degrees.ts), so a degree said and a degree on a resume are one thing;
 * the field of study is what follows the degree ("in", "en", "em", "de"), or the field a
 * common abbreviation stands for (a BSN is a nursing degree: the degree check compares fields).
 */
import type { EducationLevel } from "../../contract/profile.ts";
import { studiesInProgress } from "../../tools/profile/studies-in-progress.ts";
import { findDegree } from "../../tools/resume/fields/degrees.ts";

export interface EducationSaid {
  degree: string;
  /** Unknown only for studies in progress said without a degree or year of college ("2nd year nursing student"). */
  level?: EducationLevel;
  field?: string;
  institution?: string;
  end?: string;
  /** Still studied for ("a sophomore studying biology"): `end` is the expected one. */
  inProgress?: true;
  /** The clause it was read from, so an intro's rest does not say it back as unread. */
  said?: string;
}

/** The field each common degree abbreviation names (checked without dots or case). */
const ABBREVIATION_FIELDS: Record<string, string> = {
  bsn: "Nursing",
  msn: "Nursing",
  dnp: "Nursing Practice",
  bcom: "Commerce",
  mcom: "Commerce",
  bba: "Business Administration",
  mba: "Business Administration",
  bsw: "Social Work",
  msw: "Social Work",
  bed: "Education",
  med: "Education",
  bca: "Computer Applications",
  mca: "Computer Applications",
  bfa: "Fine Arts",
  mfa: "Fine Arts",
  mph: "Public Health",
  llb: "Law",
  llm: "Law",
  barch: "Architecture",
  bpharm: "Pharmacy",
  mpharm: "Pharmacy",
  bscs: "Computer Science",
};

/**
 * Saying one holds it: "I have / did / hold / got / finished / completed / earned", "with a",
 * and the same in the other five languages. A clause without one counts only when it is the
 * degree alone ("…, BSN, want to become …").
 */
const HELD =
  /\b(?:i\s+(?:have|hold|did|got|earned|finished|completed|obtained|received)|i'?ve\s+(?:got|done|finished|completed|earned)|graduated\s+with|graduated\s+in|have\s+an?|with\s+an?|tengo|hice|termin[eé]|soy\s+licenciad[oa]|estudi[eé]|j'?ai(?:\s+fait|\s+obtenu|\s+eu)?|je\s+suis\s+diplômée?|ich\s+habe|ich\s+bin|tenho|fiz|conclu[ií]|sou\s+formad[oa]|me\s+formei|maine|mere\s+paas|mera)\b/iu;

/** Wanting or doing it is not holding it: "I want to do an MBA", "studying for my MSN". */
const NOT_HELD =
  /\b(?:want|wanna|plan|planning|thinking|considering|should|could|would|might|doing|studying|pursuing|enrolled|applying|start(?:ing)?|quiero|voy a|je veux|je vais|ich will|ich möchte|quero|vou|karna|karunga|karungi|chahta|chahti)\b|\?/iu;

/** A school certificate named like a skill level: a degree only when said to be held. */
const LEVEL_WORD = /^intermediate\b(?!\s*(?:\(|in\s|from\s|with\s|\d))/i;

/** Where one clause ends: sentence ends, commas and semicolons, "and"/"y"/"et"/"und"/"e"/"aur" before a new verb. */
const CLAUSES =
  /[.;!?]+\s+|\s*,\s*|\s+(?:and|but|y|et|und|e|aur)\s+(?=i\b|i'?m\b|tengo|je|j'|ich|tenho|main|mai)/iu;

/** What follows the degree word: its field, in the six languages' connectors. */
const FIELD_AFTER =
  /^\s*(?:'s|’s|s)?\s*(?:degree\s+)?(?:in|of|en|em|de|in der|im|da|do|della|ka|ki|mein|me)\s+(.+)$/iu;

const SCHOOL =
  /\s+(?:(?:from|at|de la|del|da|do|an der|am|à|a)\s+|de l'|de (?=universi|univ\.|uni\b|école|escuela|faculdade|instituto|institut))(.+?)\s*$/iu;

/** "soy licenciada en economía", "sou formada em enfermagem", "je suis diplômé en droit": a first degree in that field. */
const GRADUATE_IN =
  /\b(?:soy|sou|je suis)\s+(?:licenciad[oa]|graduad[oa]|formad[oa]|diplômée?)\s+(?:em|en|in)\s+([\p{L}\s'’-]{3,60})/iu;

const cleanField = (s: string) =>
  s
    .replace(/\s+(?:(?:19|20)\d{2}|kiya|kia|hai|h|hain).*$/iu, "")
    .replace(/(?:\s+(?:in|en|em|de|im|from|at|the|year|back|way|already|too|also|as well))+$/iu, "")
    .replace(/[()]/g, "")
    .trim();

/**
 * The degrees a message says the person holds, in the order said (at most three), then the
 * studies it says are under way (tools/profile/studies-in-progress.ts).
 */
export function educationSaid(text: string): EducationSaid[] {
  const held = degreesHeld(text);
  const studying = studiesInProgress(text);
  const again = studying && held.some((e) => e.level === studying.level && e.field === studying.field);
  if (!studying || again || held.length >= 3) return held;
  const said = text
    .split(CLAUSES)
    .find((c) => studiesInProgress(c) !== undefined)
    ?.trim();
  return [...held, { ...studying, ...(said ? { said } : {}) }];
}

function degreesHeld(text: string): EducationSaid[] {
  const out: EducationSaid[] = [];
  const clauses = text.split(CLAUSES);
  for (const [i, clause] of clauses.entries()) {
    const words = clause.trim();
    if (!words || NOT_HELD.test(words)) continue;
    const found = findDegree(words);
    const graduate = found ? undefined : GRADUATE_IN.exec(words)?.[1];
    if (graduate) {
      const field = cleanField(graduate);
      out.push({ degree: `Degree in ${field}`, level: "bachelor", field });
      continue;
    }
    if (!found) continue;
    const before = words.slice(0, found.index);
    // "add Revit, intermediate", "Tally add karo, intermediate level": a skill's level, not the
    // Indian school certificate of that name, unless the clause says it is held ("I did my
    // intermediate from …").
    if (LEVEL_WORD.test(words.slice(found.index)) && !HELD.test(before)) continue;
    // The degree alone, or a clause that says it is held (lead-ins end within a few words).
    const alone = before.trim() === "" && words.split(/\s+/).length <= 8;
    if (!alone && !HELD.test(before)) continue;
    const rest = words.slice(found.index).replace(/\s+/g, " ");
    // "…from Ohio State, 2015": a year said alone right after is the degree's.
    const year =
      /\b((?:19|20)\d{2})\b/.exec(rest)?.[1] ?? /^\s*((?:19|20)\d{2})\s*$/.exec(clauses[i + 1] ?? "")?.[1];
    const head = rest.split(/\s+(?:(?:19|20)\d{2})\b|\s*\(/)[0]!.trim();
    const school = SCHOOL.exec(head);
    const named = school ? head.slice(0, school.index) : head;
    const word = /^[\p{L}.'’-]+(?:\s+(?:degree|of science|of arts))?/iu.exec(named)?.[0] ?? named;
    const afterWord = FIELD_AFTER.exec(named.slice(word.length))?.[1];
    const field =
      found.field ??
      (afterWord ? cleanField(afterWord) : undefined) ??
      ABBREVIATION_FIELDS[word.replace(/[.\s-]/g, "").toLowerCase()];
    const degree = cleanField(named).replace(/[.,]+$/, "");
    if (degree.length < 2 || out.some((e) => e.degree.toLowerCase() === degree.toLowerCase())) continue;
    out.push({
      degree: degree.slice(0, 120),
      level: found.level,
      ...(field ? { field: field.charAt(0).toUpperCase() + field.slice(1) } : {}),
      ...(school ? { institution: school[1]!.replace(/[.,]+$/, "").trim() } : {}),
      ...(year ? { end: year } : {}),
    });
    if (out.length === 3) break;
  }
  return out;
}
