/**
 * How well someone knows a skill: beginner < intermediate < advanced < expert, either as
 * they state it ("expert in Go", "Python (advanced)", "familiar with Docker", "Java 4/5")
 * or inferred from years, recency and where the skill appears. A person's own statement
 * always wins over inference; every answer carries the reason.
 *
 * Years per skill come from the resume parser (tools/resume: date ranges of the entries
 * that mention the skill, overlaps merged); this module only turns them into a level.
 */
import type { SkillSpanHit } from "./types.ts";

export type ProficiencyLevel = "beginner" | "intermediate" | "advanced" | "expert";
export const PROFICIENCY_ORDER: ProficiencyLevel[] = ["beginner", "intermediate", "advanced", "expert"];

export interface ProficiencyEstimate {
  level: ProficiencyLevel;
  source: "stated" | "inferred";
  /** Why, in words a person can check: 'stated "expert in"', "6 years of use (2015-2021)". */
  reason: string;
  /** 0..1: a statement is near-certain, an inference from a bare list is a guess. */
  confidence: number;
}

export interface StatedProficiency {
  level: ProficiencyLevel;
  /** The words that stated it, as written. */
  phrase: string;
}

const CUES: [RegExp, ProficiencyLevel][] = [
  // Lookbehinds keep product names out: "React Native", "Visual Basic", "machine learning".
  [/\b(?:expert(?:ise)?|mastery|guru|authority|(?<!react\s|cloud[\s-])native|mother\s+tongue)\b/gi, "expert"],
  [
    /\b(?:advanced|highly\s+proficient|strong\s+command|extensive(?:\s+experience)?|in[- ]depth|deep(?!\s+learning)(?:\s+knowledge)?|very\s+strong|fluent(?:ly)?|fluency|senior[- ]level)\b/gi,
    "advanced",
  ],
  [
    /\b(?:proficient|proficiency|intermediate|good\s+(?:knowledge|understanding|command)|working\s+knowledge|solid|competent|hands[- ]on|conversational|professional\s+working|comfortable)\b/gi,
    "intermediate",
  ],
  [
    /\b(?:familiar(?:ity)?|(?<!visual\s)basics?|beginner|novice|elementary|exposure|introductory|some\s+(?:experience|knowledge|exposure)|(?<!machine\s|deep\s)(?:currently\s+)?learning)\b/gi,
    "beginner",
  ],
];

/**
 * The clause a mention belongs to: from the last sentence/list-item break before it, and
 * after any closed parenthesis ("Java (advanced), SQL": the "(advanced)" is Java's).
 */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 120), start);
  const cut = Math.max(
    window.lastIndexOf("."),
    window.lastIndexOf(";"),
    window.lastIndexOf("\n"),
    window.lastIndexOf("•"),
    window.lastIndexOf("|"),
    window.lastIndexOf(")"),
  );
  return cut >= 0 ? window.slice(cut + 1) : window;
}

const AFTER =
  /^\s*[([:\-–]\s*(expert|advanced|intermediate|beginner|basic|proficient|fluent|native|elementary|working knowledge|familiar)\b/i;
const RATING = /^\s*[([:\-–]?\s*(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(5|10)\b/i;

function levelOfWord(word: string): ProficiencyLevel {
  const w = word.toLowerCase();
  for (const [re, level] of CUES) {
    re.lastIndex = 0;
    if (re.test(w)) return level;
  }
  return "intermediate";
}

/** True when the words state a level ("Expertise in analysis", "good knowledge of"). */
export function statesLevel(words: string): boolean {
  return CUES.some(([re]) => {
    re.lastIndex = 0;
    return re.test(words);
  });
}

/** A level the text states for the mention at `span`, or null. */
export function statedProficiency(
  text: string,
  span: Pick<SkillSpanHit, "start" | "end">,
): StatedProficiency | null {
  const after = text.slice(span.end, span.end + 30);
  const tag = AFTER.exec(after);
  if (tag) return { level: levelOfWord(tag[1]), phrase: tag[1] };
  const rating = RATING.exec(after);
  if (rating) {
    const ratio = Number(rating[1]) / Number(rating[2]);
    if (ratio > 0 && ratio <= 1) {
      const level: ProficiencyLevel =
        ratio >= 0.9 ? "expert" : ratio >= 0.7 ? "advanced" : ratio >= 0.45 ? "intermediate" : "beginner";
      return { level, phrase: `${rating[1]}/${rating[2]}` };
    }
  }
  // The nearest cue before the mention in the same clause applies ("familiar with Docker; expert in Java").
  const clause = clauseBefore(text, span.start);
  let best: { index: number; level: ProficiencyLevel; phrase: string } | undefined;
  for (const [re, level] of CUES) {
    re.lastIndex = 0;
    for (const m of clause.matchAll(re)) {
      if (!best || (m.index ?? 0) > best.index) best = { index: m.index ?? 0, level, phrase: m[0] };
    }
  }
  if (!best || !cueReaches(clause.slice(best.index + best.phrase.length), text.slice(span.end))) return null;
  return { level: best.level, phrase: best.phrase };
}

/** A level word's object of more words than this is a phrase, not a name it rates. */
const CUE_OBJECT_WORDS = 4;

/**
 * Whether a level word reaches the mention past the words between them (`between`: from the
 * cue's end to the mention). "Expert in Java, Python, SQL" rates each name of the list its object
 * opens. A run of names glued onto a long phrase the cue rates ("Basic knowledge of the leave and
 * payroll System Jenkins, Hibernate, REST APIs": a keyword list run on from a duty, the glued first
 * name as tools/gap/run-on-lists.ts reads it) is not rated by it: the cue's object is the phrase,
 * so the level stops at it — for the names after its comma, and for the glued first name that
 * opens the run (the mention sits after a long object and a comma follows it).
 */
function cueReaches(between: string, after: string): boolean {
  const items = between.split(/[,;]/);
  const words = items[0]!.trim().split(/\s+/).filter(Boolean);
  if (words.length <= CUE_OBJECT_WORDS) return true;
  const opensList = items.length > 1 || /^\s*[,;]/.test(after);
  if (!opensList) return true;
  // The list is the cue's own when its first name is tied to the phrase ("…tooling in Python,
  // SQL"): the word before the name-like tail is a tying word, as run-on-lists.ts reads it.
  let tail = words.length;
  while (tail > 0 && words.length - tail < CUE_OBJECT_WORDS && NAME_LIKE.test(words[tail - 1]!)) tail--;
  return TIE.test(words[tail - 1] ?? "");
}

const NAME_LIKE = /^["'“‘(]*(?:\p{Lu}|[\p{L}\p{N}]*[\p{N}+#.][\p{L}\p{N}])/u;
const TIE = /^(?:in|with|using|of|including|like|on|for|via|through|and|or|&)$/i;

/** "Java (5 years)", "Python - 3+ yrs", "SQL (Less than 1 year)": years written next to a mention. */
export function statedYears(text: string, span: Pick<SkillSpanHit, "start" | "end">): number | null {
  const after = text.slice(span.end, span.end + 30);
  if (/^\s*[([:\-–]?\s*less than (?:1|one) year/i.test(after)) return 0.5;
  const m = /^\s*[([:\-–]?\s*(\d+(?:\.\d+)?)\+?\s*(?:years?|yrs?)\b/i.exec(after);
  return m ? Number(m[1]) : null;
}

export interface ProficiencyEvidence {
  /** Years of use (from the resume's date ranges or written next to the skill). */
  years?: number | null;
  /** When the skill was last used (ISO date or year); "present" for current roles. */
  lastUsed?: string | Date | null;
  /** True when experience, a project or a certification backs the skill. */
  validated?: boolean;
  now?: Date;
}

/** Level from years, recency and evidence, when the person said nothing about it. */
export function inferProficiency(evidence: ProficiencyEvidence): ProficiencyEstimate {
  const now = evidence.now ?? new Date();
  const years = typeof evidence.years === "number" && Number.isFinite(evidence.years) ? evidence.years : null;
  if (years === null) {
    return evidence.validated
      ? {
          level: "intermediate",
          source: "inferred",
          reason: "used in experience or projects, no dates",
          confidence: 0.4,
        }
      : {
          level: "beginner",
          source: "inferred",
          reason: "listed without dates or other evidence",
          confidence: 0.3,
        };
  }
  let index = years >= 8 ? 3 : years >= 4 ? 2 : years >= 1.5 ? 1 : 0;
  let reason = `${round(years)} year${years === 1 ? "" : "s"} of use`;
  const last = lastUsedYear(evidence.lastUsed, now);
  if (last !== null && now.getFullYear() - last > 5 && index > 0) {
    index -= 1;
    reason += `, last used ${last} (over 5 years ago)`;
  }
  return { level: PROFICIENCY_ORDER[index], source: "inferred", reason, confidence: 0.6 };
}

/**
 * The level for one extracted skill: the person's statement next to any of its mentions
 * wins (the strongest one if they differ); else years written beside it; else evidence.
 */
export function proficiencyFor(
  text: string,
  spans: Pick<SkillSpanHit, "start" | "end">[],
  evidence: ProficiencyEvidence = {},
): ProficiencyEstimate {
  let best: StatedProficiency | null = null;
  let writtenYears: number | null = null;
  for (const span of spans) {
    const stated = statedProficiency(text, span);
    if (stated && (!best || rank(stated.level) > rank(best.level))) best = stated;
    writtenYears ??= statedYears(text, span);
  }
  if (best)
    return { level: best.level, source: "stated", reason: `stated "${best.phrase}"`, confidence: 0.9 };
  const years = evidence.years ?? writtenYears;
  return inferProficiency({ ...evidence, years });
}

function lastUsedYear(value: string | Date | null | undefined, now: Date): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getFullYear();
  if (/present|current|now|till date|today/i.test(value)) return now.getFullYear();
  const m = /(19|20)\d\d/.exec(value);
  return m ? Number(m[0]) : null;
}

const rank = (level: ProficiencyLevel) => PROFICIENCY_ORDER.indexOf(level);
const round = (x: number) => Math.round(x * 10) / 10;
