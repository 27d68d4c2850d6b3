/**
 * Context for names that are also ordinary words or letters. "Go", "React", "Excel",
 * "Spark", "C", "R", "English", "dedicated" count as skills only with evidence: a skills
 * section, a list of other skills around them, a cue word ("experience in", "developer"),
 * or proper-noun casing mid-sentence; and never in a known phrase ("go to market",
 * "react to", "excel in", "C-level", "R&D", "Spring 2019").
 */
import type { Token } from "../../data/taxonomy/normalize.ts";
import { durationAfter } from "./duration-after.ts";
import { type Candidate, needsContext } from "./matcher.ts";
import { readAsOrdinaryWord } from "./ordinary-word-neighbours.ts";
import { shortAliasInLowerCase } from "./short-alias.ts";

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const TECH_CUE_BEFORE = words(
  "proficient proficiency experience experienced knowledge skilled skills expertise expert using use used with in " +
    "language languages programming framework frameworks tools tool technologies technology stack like including " +
    "develop developed developing built wrote written writing coded coding code environment platform platforms worked working " +
    "familiar familiarity hands strong solid good " +
    // "I know Go and Rust", "I learned Swift": a short chat message claims a skill this way.
    "know knows knew learned learnt learning write writes " +
    // "3 years of Spark", "two years in Go": years of use name a skill.
    "years year yrs",
);
const TECH_CUE_AFTER = words(
  "developer developers programming programmer language code coding framework library applications application apps " +
    "scripts scripting development engineer engineers experience skills sdk api apis backend services microservices " +
    "version notebook native hooks components modules routines jobs streaming cluster clusters sheets spreadsheets " +
    "formulas macros pivot dashboards reports",
);
const LETTER_CUE = words(
  "in using use used know knows learned with language languages programming code coded written experience knowledge proficient skills years year yrs",
);
const SPOKEN_CUE = words(
  "fluent fluency native speak speaks speaking spoken written proficiency bilingual language languages mother tongue " +
    "read write conversational professional working basic intermediate advanced",
);

const DEGREE_WORDS = words(
  "bachelor bachelors master masters degree diploma major majoring minor graduate graduated graduation btech " +
    "bsc msc mca bca mba phd mtech bcom mcom dept department faculty hons honours honors pursuing specialization " +
    "specialisation",
);
/** Second halves of dotted degrees: "B.E.", "B.Tech", "M.Sc", "B.Com", "M.A." (first half "b" or "m"). */
const DEGREE_TAILS = words("e tech sc com a s ed phil arch des pharm ca ba");
/**
 * Undotted short degrees ("BA Communication Design", "MS in Marketing"). Two letters are also
 * other things ("MS Office, Communication"), so they count only right before the field.
 */
const SHORT_DEGREES = words("ba bs ma ms bfa mfa bba bdes mdes");
/** Categories a field of study can be read as: "Communication", "Marketing", "Finance". */
const FIELD_CATEGORIES = new Set(["concept", "domain_knowledge", "soft_skill"]);

/**
 * "B.Tech in Computer Science", "Bachelor of Arts in Mathematics", "BA Communication Design":
 * a field of study names a degree, not a skill the person claims or showed (the resume parser
 * reads it as education).
 */
export function inDegreeContext(text: string, tokens: Token[], candidate: Candidate): boolean {
  if (!FIELD_CATEGORIES.has(candidate.skill.category)) return false;
  const before = tokens[candidate.first - 1]?.key;
  const twoBefore = tokens[candidate.first - 2]?.key;
  if (SHORT_DEGREES.has(before ?? "")) return true;
  if ((before === "in" || before === "of") && SHORT_DEGREES.has(twoBefore ?? "")) return true;
  // Back to the start of the clause only: "Bachelor's degree, strong communication skills"
  // (a job ad) asks for a degree and a skill.
  let from = candidate.first;
  while (from > Math.max(0, candidate.first - 5) && !CLAUSE_BREAK.test(gapBefore(text, tokens, from))) from--;
  for (let i = from; i < candidate.first; i++) {
    const key = tokens[i].key;
    if (DEGREE_WORDS.has(key)) return true;
    if ((key === "b" || key === "m") && i + 1 < candidate.first && DEGREE_TAILS.has(tokens[i + 1].key))
      return true;
  }
  return false;
}

const CLAUSE_BREAK = /[,;:|•\n]/;
const gapBefore = (text: string, tokens: Token[], i: number) =>
  i > 0 ? text.slice(tokens[i - 1].end, tokens[i].start) : "";

/** Words that make a general concept a claimed skill: "experience in marketing", "knowledge of databases". */
const CLAIM_CUE = words(
  "experience experienced knowledge skilled skills skill expertise expert proficient proficiency understanding " +
    "familiar familiarity background specialization specialized specialised specializing exposure trained certified " +
    "hands strong solid depth good excellent sound working required requirements plus preferred",
);

/** "software engineering experience", "project management skills". */
const CLAIM_CUE_AFTER = words(
  "experience experienced skills skill knowledge expertise background proficiency",
);

/**
 * General concepts and fields ("databases", "marketing", "teaching") are everywhere in prose
 * ("worked in the marketing team"); they count as a skill the text claims or asks for only in
 * a skills section, in a list beside other skills, or after a claim word ("knowledge of").
 */
export function isGeneral(candidate: Candidate): boolean {
  const c = candidate.skill.category;
  return c === "concept" || c === "domain_knowledge";
}

export function acceptGeneral(input: ContextInput): boolean {
  const { text, tokens, candidate } = input;
  return (
    isSkillsSection(input.section) ||
    namedWithKin(input) ||
    namedAsKindOfTool(text, tokens, candidate) ||
    inList(input).any ||
    cue(text, tokens, candidate, candidate.first - 4, candidate.first - 1, CLAIM_CUE) ||
    cue(text, tokens, candidate, candidate.last + 1, candidate.last + 2, CLAIM_CUE_AFTER) ||
    inListOfFields(input)
  );
}

/** "CAD design tools", "CRM software": a taxonomy kind of tool named as the tools of that kind. */
const TOOL_NOUN = words("tool tools software system systems suite package packages platform platforms");

function namedAsKindOfTool(text: string, tokens: Token[], candidate: Candidate): boolean {
  return (
    candidate.skill.category === "concept" &&
    candidate.skill.children.length > 0 &&
    cue(text, tokens, candidate, candidate.last + 1, candidate.last + 2, TOOL_NOUN)
  );
}

/**
 * "the CAD system CREO": a name beside its own taxonomy parent or child in the same clause is
 * meant as that skill, whatever else the word means ("creo" is also Spanish); the two vouch for
 * each other, so the kind (CAD) counts as well.
 */
function namedWithKin(input: ContextInput): boolean {
  const { text, candidate } = input;
  const kin = (other: Candidate | undefined, gap: () => string) =>
    !!other &&
    (candidate.skill.parents.includes(other.skill.id) || candidate.skill.children.includes(other.skill.id)) &&
    /^[^\n.;:!?]{0,24}$/.test(gap());
  return (
    kin(input.prevAny, () => text.slice(input.prevAny!.end, candidate.start)) ||
    kin(input.nextAny, () => text.slice(candidate.end, input.nextAny!.start))
  );
}

/**
 * "Product Development • Project Management • Budgeting": a bulleted or comma list of
 * fields is a skills list even with no tool in it. Two neighbouring general names count
 * each other when a real list separator (not "and", not one space) sits between them and
 * at least one of them is a multi-word name.
 */
function inListOfFields(input: ContextInput): boolean {
  const { text, candidate } = input;
  const multi = (c: Candidate) => c.last > c.first;
  const strong = (gap: string) =>
    isListGap(gap) && /[,;|•·\n]|\\x[0-9a-f]{2}|\s{2,}/i.test(gap) && !/\b(?:and|or)\b/i.test(gap);
  const check = (other: Candidate | undefined, gap: () => string) =>
    !!other && isGeneral(other) && (multi(other) || multi(candidate)) && strong(gap());
  return (
    check(input.prevAny, () => text.slice(input.prevAny!.end, candidate.start)) ||
    check(input.nextAny, () => text.slice(candidate.end, input.nextAny!.start))
  );
}

/**
 * "Oracle -  Bengaluru, Karnataka -" or "ORACLE -" alone on a line: the employer line of a
 * job entry (the common job-board export layout), where the name is a company, not a skill.
 */
export function isEmployerLine(text: string, candidate: Candidate): boolean {
  const lineStart = text.lastIndexOf("\n", candidate.start - 1) + 1;
  if (text.slice(lineStart, candidate.start).trim() !== "") return false;
  return /^[ \t]*-[ \t]*(?:\n|$|[A-Z][\w .]*,)/.test(text.slice(candidate.end, candidate.end + 60));
}

/**
 * "English-language learners", "Spanish-speaking families", "English learners": a spoken
 * language that describes other people or things (a hyphenated modifier, or the learners of
 * it) is not a language the person claims. "native Spanish speaker" still is.
 */
export function describesOthers(text: string, candidate: Candidate): boolean {
  if (candidate.skill.category !== "spoken_language") return false;
  const after = text.slice(candidate.end, candidate.end + 40);
  return /^-[a-z]/.test(after) || /^(?:[ \t]+language)?[ \t]+learners?\b/i.test(after);
}

export interface ContextInput {
  text: string;
  tokens: Token[];
  candidate: Candidate;
  /** Section name of the candidate, lowercased, if known. */
  section?: string;
  /** Accepted neighbours (the nearest accepted candidate before and after). */
  prevAccepted?: Candidate;
  nextAccepted?: Candidate;
  /** The nearest candidates before and after, accepted or not. */
  prevAny?: Candidate;
  nextAny?: Candidate;
}

export function isSkillsSection(section: string | undefined): boolean {
  return !!section && /skill|technolog|tool|competenc|expertise|proficien|stack|software/.test(section);
}

/**
 * Between two list items: separators, "and"/"or", a parenthesised note like "(3 years)",
 * bullet glyphs (also when a PDF export left them as literal "\xe2\x80\xa2" escapes).
 */
export function isListGap(gap: string): boolean {
  const g = gap
    .replace(/\([^()]{0,40}\)/g, " ")
    .replace(/(?:\\x[0-9a-f]{2})+/gi, " ")
    .replace(/[\u2022\u25aa\u25cf\u27a2\uf0a7\uf0b7\uf0d8]/g, " ");
  // A single space is not a list ("Communication Research" is one phrase, not two skills);
  // two or more spaces usually are a line break the text lost.
  if (!/[,;|/&•·*\-–:+\n]|\s{2,}|\band\b|\bor\b/i.test(g)) return false;
  return g.length <= 16 && /^[\s,;|/&•·*\-–:+]*(?:(?:and|or|&)[\s,;|/&•·*\-–:]*)?$/i.test(g);
}

export function inList(input: ContextInput): { any: boolean; before?: Candidate; after?: Candidate } {
  const { text, candidate, prevAccepted, nextAccepted } = input;
  const before =
    prevAccepted && isListGap(text.slice(prevAccepted.end, candidate.start)) ? prevAccepted : undefined;
  const after =
    nextAccepted && isListGap(text.slice(candidate.end, nextAccepted.start)) ? nextAccepted : undefined;
  return { any: !!(before || after), before, after };
}

function midSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return before.length > 0 && !/[.!?:\n•·*]\s*$/.test(before) && !/^\s*$/.test(text.slice(0, start));
}

/** A cue word near the candidate on the same line ("WORK EXPERIENCE" above a job title is no cue). */
function cue(
  text: string,
  tokens: Token[],
  candidate: Candidate,
  from: number,
  to: number,
  set: Set<string>,
): boolean {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) {
    if (!set.has(tokens[i].key)) continue;
    const between =
      i < candidate.first
        ? text.slice(tokens[i].end, candidate.start)
        : text.slice(candidate.end, tokens[i].start);
    if (!between.includes("\n")) return true;
  }
  return false;
}

/** Whether an ambiguous spelling is meant as the skill here. */
export function acceptAmbiguous(input: ContextInput): boolean {
  const { text, tokens, candidate } = input;
  if (readAsOrdinaryWord(input)) return false;
  const surface = text.slice(candidate.start, candidate.end);
  const list = inList(input);
  const skillsSection = isSkillsSection(input.section);
  const category = candidate.skill.category;
  // "safe" of SAFe: a name made by its casing, written as the ordinary word it is in lower
  // case, is the word ("websites and safe surfing"), also in a skills section, unless it is an
  // item of a list of names (the build marks such spellings: Skill.wordKeys).
  if (candidate.skill.wordKeys?.includes(candidate.key) && surface === surface.toLowerCase()) return list.any;
  // "elk", "kube": a short alias in lower case needs one technical sign (short-alias.ts).
  if (
    !needsContext(candidate.skill, candidate.key, 1) &&
    shortAliasInLowerCase(candidate.skill, candidate.key, surface, text)
  )
    return (
      skillsSection ||
      list.any ||
      namedWithKin(input) ||
      cue(text, tokens, candidate, candidate.first - 3, candidate.first - 1, TECH_CUE_BEFORE) ||
      cue(text, tokens, candidate, candidate.last + 1, candidate.last + 2, TECH_CUE_AFTER)
    );

  if (category === "spoken_language") {
    const listOfLanguages = [list.before, list.after].some((c) => c?.skill.category === "spoken_language");
    return (
      /language/.test(input.section ?? "") ||
      listOfLanguages ||
      cue(text, tokens, candidate, candidate.first - 3, candidate.first - 1, SPOKEN_CUE) ||
      cue(text, tokens, candidate, candidate.last + 1, candidate.last + 3, SPOKEN_CUE)
    );
  }
  if (category === "soft_skill" || candidate.skill.type !== "technical") {
    // "dedicated", "ergonomics", "research": a skill in a skills list, an ordinary word in a sentence.
    return skillsSection || list.any;
  }
  if (surface.length === 1) {
    // "C", "R": a capital letter in a list of languages or after a programming cue; never initials ("R. K.").
    if (surface !== surface.toUpperCase()) return false;
    const after = text.slice(candidate.end, candidate.end + 5);
    // Initials and enumerations ("R. K. Sharma", "C. Quality"), "R&D", "C's", "C-level", "C/o", a grade "(C)".
    if (/^(?:\.\s*[A-Za-z]|&|'|-[A-Za-z]|\/o\b)/i.test(after)) return false;
    // Two letters joined by "&" are one word however spaced ("R & D", "M & A", "P & L"); a
    // language after "&" is a name only when more than a letter follows ("C & C++").
    if (/^\s*&\s*[A-Z](?![\p{L}\p{N}+#])/u.test(text.slice(candidate.end, candidate.end + 8))) return false;
    if (
      /(?:^|[^\p{L}\p{N}])[A-Z]\s*&\s*$/u.test(text.slice(Math.max(0, candidate.start - 8), candidate.start))
    )
      return false;
    if (text[candidate.start - 1] === "(" && text[candidate.end] === ")") return false;
    return (
      list.any ||
      skillsSection ||
      cue(text, tokens, candidate, candidate.first - 2, candidate.first - 1, LETTER_CUE)
    );
  }
  if (namedWithKin(input)) return true;
  let score = 0;
  if (skillsSection) score += 2;
  if (list.any) score += 2;
  if (cue(text, tokens, candidate, candidate.first - 3, candidate.first - 1, TECH_CUE_BEFORE)) score += 1;
  if (cue(text, tokens, candidate, candidate.last + 1, candidate.last + 2, TECH_CUE_AFTER)) score += 1;
  const properCase = /^[A-Z]/.test(surface) && surface !== surface.toLowerCase();
  if (properCase && midSentence(text, candidate.start)) score += 1;
  // "Spark, 3 years", "Go (2 yrs)": the name written with how long it was used is a claim of
  // the skill, as "3 years of Spark" is ("2 years ago" is not).
  if (properCase && durationAfter(text, tokens, candidate)) score += 2;
  return score >= 2;
}
