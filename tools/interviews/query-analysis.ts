/**
 * Reads a free-text search ("kafka ordering questions for a data engineer") into the parts
 * the ranker uses: stemmable terms for full-text search, skill ids the text names (via the
 * taxonomy lookup the caller passes in), and a role the text mentions.
 */

import { contentTokens, tokenize } from "../../data/embeddings/tokenize.ts";
import { ROLES, resolveRole } from "../../data/questions/roles.ts";

/** Any spelling -> taxonomy skill id (getTaxonomy().lookup(..)?.id), or undefined. */
export type SkillResolver = (term: string) => string | undefined;

export interface AnalyzedQuery {
  text: string;
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

export function analyzeQuery(text: string, resolveSkill?: SkillResolver): AnalyzedQuery {
  const terms = [...new Set(contentTokens(text).flatMap((t) => t.split(/[^a-z0-9]+/)))].filter(
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
      role ??= resolveRole(phrase);
      const skill = resolveSkill?.(phrase);
      if (skill) skills.add(skill);
    }
  }
  return {
    text,
    tsquery: terms.length > 0 ? terms.slice(0, 32).join(" | ") : undefined,
    skills: [...skills],
    role,
  };
}

export const KNOWN_ROLE_IDS = ROLES.map((r) => r.id);
