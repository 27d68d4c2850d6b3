/**
 * Reads a free-text search ("kafka ordering questions for a data engineer") into the parts
 * the ranker uses: stemmable terms for full-text search, skill ids the text names (via the
 * taxonomy lookup the caller passes in), and a role the text mentions.
 */

import { contentTokens, tokenize } from "../../data/embeddings/tokenize.ts";
import { ROLES, resolveRole } from "../../data/questions/roles.ts";
import { isTitleHead } from "../../data/roles/title-heads.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { requestTopic } from "./request-words.ts";

/** Any spelling -> taxonomy skill id (getTaxonomy().lookup(..)?.id), or undefined. */
export type SkillResolver = (term: string) => string | undefined;

export interface AnalyzedQuery {
  text: string;
  /** The text without its asking words ("show me interview questions about X" -> "X"); "" for none. */
  topic: string;
  /** OR-query for to_tsquery, undefined when the text has no content words. */
  tsquery?: string;
  skills: string[];
  role?: string;
}

// Words that are also skill names or aliases but, in a search sentence, are ordinary words.
const NOT_SKILLS = new Set([
  "time",
  "go",
  "r",
  "c",
  "make",
  "less",
  "team",
  "work",
  "data",
  "design",
  "lead",
  "rest",
]);

/** Words that name a kind of worker and take their trade from the word before. */
const HEAD_WORDS = new Set(["designer", "designers", "developer", "developers", "analyst", "analysts"]);
const CODE_CATEGORIES = new Set(["programming_language", "framework_library", "cloud_platform"]);
/** Words before a head word that grade it or are only grammar ("a designer", "senior designer"). */
const NEUTRAL_BEFORE = new Set(
  "a an the for as of to my me senior junior lead principal staff sr jr entry level mid experienced".split(
    " ",
  ),
);

/**
 * "Instructional designer", "real estate developer": a head word qualified by a word that is
 * no programming skill and no bank role names another trade, not the bank's UX designer or software
 * engineer ("java developer" and "senior designer" still do).
 */
function qualifiedByAnotherTrade(tokens: string[], i: number, resolveSkill?: SkillResolver): boolean {
  if (!HEAD_WORDS.has(tokens[i]!) || i === 0) return false;
  const before = tokens[i - 1]!;
  if (NEUTRAL_BEFORE.has(before) || resolveRole(before)) return false;
  // "java developer", "react developer": a language or framework keeps the bank's trade; a
  // tool name does not (the taxonomy has "Instructional" among its tools).
  const skill = resolveSkill?.(before);
  const category = skill ? getTaxonomy().get(skill)?.category : undefined;
  return !category || !CODE_CATEGORIES.has(category);
}

/**
 * "Clinical informatics specialist", "clinical research coordinator": a role word that is no
 * worker itself ("clinical") followed by the head of another kind of job title (O*NET's title
 * heads: specialist, coordinator) qualifies that job, which the bank has no role for; the
 * nursing bank drilled an informatics specialist on bedside care. A worker word ("nurse",
 * "developer") is its own role, and a head the bank knows ("clinical nurse", "backend
 * developer") or right after the qualifier ("devops engineer") keeps the qualifier's role.
 */
function qualifiesAnotherTrade(tokens: string[], i: number): boolean {
  const word = tokens[i]!;
  if (isTitleHead(word) || !resolveRole(word)) return false;
  // The word right after must be the other trade's own field ("informatics"): "devops
  // engineer" and "frontend specialist" are the qualifier's role.
  const next = tokens[i + 1];
  if (!next || resolveRole(next) || isTitleHead(next)) return false;
  for (const later of tokens.slice(i + 2, i + 4)) {
    if (resolveRole(later)) return false;
    if (isTitleHead(later)) return true;
  }
  return false;
}

export function analyzeQuery(text: string, resolveSkill?: SkillResolver): AnalyzedQuery {
  const topic = requestTopic(text);
  // Full text searches the topic only: "show" or "interview" would match questions of any topic.
  const terms = [...new Set(contentTokens(topic).flatMap((t) => t.split(/[^a-z0-9]+/)))].filter(
    (t) => t.length > 1 && /^[a-z0-9]+$/.test(t),
  );
  const tokens = tokenize(text).filter((t) => !/[./-]/.test(t) || t.length > 2);
  const skills = new Set<string>();
  let role: string | undefined;
  // Longest phrases first so "machine learning" wins over "learning".
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const phrase = tokens.slice(i, i + n).join(" ");
      if (n === 1 && NOT_SKILLS.has(phrase)) continue;
      if (
        !(n === 1 && (qualifiedByAnotherTrade(tokens, i, resolveSkill) || qualifiesAnotherTrade(tokens, i)))
      )
        role ??= resolveRole(phrase);
      const skill = resolveSkill?.(phrase);
      if (skill) skills.add(skill);
    }
  }
  return {
    text,
    topic,
    tsquery: terms.length > 0 ? terms.slice(0, 32).join(" | ") : undefined,
    skills: [...skills],
    role,
  };
}

export const KNOWN_ROLE_IDS = ROLES.map((r) => r.id);
