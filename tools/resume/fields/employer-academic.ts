/**
 * Employers in teaching and academic careers. Out of fold, the employer scorer's worst misses
 * and false employers are mirror images (issue 14, resume15x's error analysis): a school or a
 * university department is the employer of a teacher or a lecturer ("Department of Mathematics"
 * above "Assistant Professor"), while in another resume the same kind of name is where its
 * writer studied, or a committee. Whether the resume's jobs are teaching or academic posts tells
 * them apart; these features give the scorer that fact, crossed with what the piece names, to
 * learn from the labelled resumes instead of a hand rule.
 */
import { INSTITUTION_RE } from "./vocab.ts";

/** Words of teaching and academic posts (a job title holding one is such a post). */
const ACADEMIC_TITLE_RE =
  /(?<![\p{L}])(?:teacher|teaching|professor|lecturer|instructor|faculty|tutor|educator|researcher|research (?:assistant|associate|fellow|scientist)|post-?doc\w*|postdoctoral|principal|headteacher|dean|chair|provost|librarian|counsel+or|paraprofessional|aide|adjunct|fellow|scholar|teaching assistant|graduate assistant)(?![\p{L}])/iu;
/** A part of a school or a university: "Department of ...", "School of ...", "Faculty of ...". */
const UNIT_RE =
  /^(?:the\s+)?(?:dept\.?|department|school|faculty|division|college|center|centre|institute|lab(?:oratory)?)\s+(?:of|for)\b/i;
/** A school by its kind: "Milton Middle School", "Patton Elementary", "Lincoln High School". */
const SCHOOL_KIND_RE =
  /\b(?:elementary|middle|high|primary|secondary|grammar|junior|senior|charter|public|community)\s+school|\belementary\b|\bschool district\b|\bISD\b/i;

/** How academic the resume's rule-read jobs are: "none", "some" or "most" of the titled ones. */
export function academicShare(titles: (string | undefined)[]): string {
  const titled = titles.filter((t): t is string => !!t);
  if (titled.length === 0) return "none";
  const n = titled.filter((t) => ACADEMIC_TITLE_RE.test(t)).length;
  return n === 0 ? "none" : n * 2 >= titled.length ? "most" : "some";
}

/** What kind of educational body a piece names: a unit, a school, another institution, or none. */
export function educationalKind(piece: string): string {
  if (UNIT_RE.test(piece)) return "unit";
  if (SCHOOL_KIND_RE.test(piece)) return "school";
  return INSTITUTION_RE.test(piece) ? "institution" : "none";
}

/** The features: the piece's kind crossed with the resume's academic share, and the kind alone. */
export function academicFeatures(piece: string, share: string): string[] {
  const kind = educationalKind(piece);
  return [`eduKind=${kind}`, `eduKind=${kind}|academic=${share}`];
}
