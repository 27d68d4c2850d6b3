/**
 * Finds every taxonomy spelling in a text in one left-to-right pass. Each start token
 * grows a window token by token, building the same concatenated key the taxonomy uses
 * ("node" + "js" = "nodejs"), and stops as soon as the key is neither a spelling nor
 * the beginning of a longer one, so the work is linear in the text and needs no regexes
 * per skill.
 */
import type { Taxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey, type Token, tokenize } from "../../data/taxonomy/normalize.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { shortAliasInLowerCase } from "./short-alias.ts";

export interface Candidate {
  skill: Skill;
  key: string;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The spelling found needs context before it counts ("go", "r", "react"). */
  ambiguous: boolean;
}

const MAX_TOKENS = 8;
/** Between two tokens of one word: "Node.js", "CI/CD", "T-SQL", "R&D", "C / C++". */
const GLUE = /^(?:[ \t]?[-/&._][ \t]?|)$/;
/** Between two words: only where a known multi-word spelling has a space. */
const SPACE = /^[ \t]{1,2}$/;
/**
 * URLs, e-mail addresses and identifiers. An address is matched only from the start of its run
 * of address characters (the lookbehind): a later start in the same run can match only where
 * the run start does, and trying every start made a long run without "@" quadratic. An
 * identifier is capitals glued by a hyphen to six or more digits: a grant, case or ticket
 * number ("IIS-2231107", "#OCI-1053575"), not the product its letters spell ("IIS-7" is).
 */
const MASK = /\b(?:https?:\/\/|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const IDENTIFIER = /(?<![\w-])[A-Z]{2,6}-\d{6,}(?![\w-])/g;

export function needsContext(skill: Skill, key: string, tokenCount: number): boolean {
  if (skill.ambiguousKeys) return skill.ambiguousKeys.includes(key);
  return skill.ambiguous && tokenCount === 1;
}

/** Tokens outside URLs, e-mail addresses and identifiers (a "linkedin" inside a profile URL is not a skill). */
export function tokensOf(text: string): Token[] {
  const masked: [number, number][] = [];
  for (const mask of [MASK, IDENTIFIER])
    for (const m of text.matchAll(mask)) masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const tokens = tokenize(text);
  if (masked.length === 0) return tokens;
  return tokens.filter((t) => !masked.some(([s, e]) => t.start >= s && t.end <= e));
}

function extractable(skill: Skill | undefined): skill is Skill {
  return skill !== undefined && skill.extractable !== false;
}

export function findCandidates(taxonomy: Taxonomy, text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = "";
    let spaced = "";
    let words = 1;
    for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
      if (j > i) {
        const gap = text.slice(tokens[j - 1].end, tokens[j].start);
        if (GLUE.test(gap)) {
          if (!taxonomy.isPrefix(key) && !taxonomy.byNormalizedKey(key)) break;
        } else if (SPACE.test(gap) && taxonomy.isPhrasePrefix(spaced)) {
          spaced += " ";
          words++;
        } else break;
      }
      key += tokens[j].key;
      spaced += tokens[j].key;
      if (words > 1 && !knownPhrase(taxonomy, spaced)) continue;
      const skill = resolve(taxonomy, key, j === i, tokens[j].key);
      if (skill && (!skill.singular || writtenAsName(text.slice(tokens[i].start, tokens[j].end)))) {
        out.push({
          skill: skill.skill,
          key: skill.key,
          first: i,
          last: j,
          start: tokens[i].start,
          end: tokens[j].end,
          ambiguous:
            needsContext(skill.skill, skill.key, j - i + 1) ||
            (j === i && initialsRunTogether(skill.skill, skill.key, tokens[i]!.text)) ||
            (j === i && shortAliasInLowerCase(skill.skill, skill.key, tokens[i]!.text, text)),
        });
      }
    }
  }
  return out;
}

/** Short pieces apart: "AD DS", "Win CE", "dot net" (each piece three letters or fewer). */
const INITIALS = /^\S{1,3}(?:\s+\S{1,3})+$/;

/**
 * A spelling of initials written apart ("AD DS" of Active Directory, "Win CE") reached by one
 * word in lower case: run together that key is often an ordinary word ("adds transparency",
 * "wince"), so it counts only where the context is technical (a skills list, a tool cue). In
 * capitals ("ADDS") it is the acronym; a one-word spelling of the same key ("MySQL") is no initials.
 */
function initialsRunTogether(skill: Skill, key: string, written: string): boolean {
  if (written !== written.toLowerCase()) return false;
  const spellings = [skill.name, ...(skill.aliases ?? [])].filter((s) => normalizeKey(s) === key);
  return spellings.length > 0 && spellings.every((s) => INITIALS.test(s.trim()));
}

/** "data structure" for "data structures" and back: number never decides whether a phrase is a skill. */
function knownPhrase(taxonomy: Taxonomy, spaced: string): boolean {
  return (
    taxonomy.isPhrase(spaced) ||
    taxonomy.isPhrase(`${spaced}s`) ||
    (spaced.endsWith("s") && taxonomy.isPhrase(spaced.slice(0, -1)))
  );
}

/** Categories whose names are products: one more letter makes another word, not more of them. */
const PRODUCT_CATEGORIES = new Set([
  "tool",
  "framework_library",
  "database",
  "programming_language",
  "cloud_platform",
]);

/**
 * A single word that is a product's name plus "s" is another word ("canvas" is not Canva):
 * nobody writes a product in the plural. Short names are acronyms, which are ("SDKs", "IDEs",
 * "PCs"), and general things are ("dashboards", "APIs").
 */
function isOtherWordPlusS(singular: Skill, key: string): boolean {
  return PRODUCT_CATEGORIES.has(singular.category) && key.length > 5;
}

/**
 * Whether the skill has a spelling of separate words with this key: "google doc" is Google Docs
 * written in the singular, but "solid work experience" is no SolidWorks, a name of one word whose
 * "Works" is no plural (the phrase tables hold it split only so "Solid Works" is read as written).
 * Such a name reached in the singular counts only written with capitals, as a name ("Find Bug").
 */
function writtenAsWords(skill: Skill, key: string): boolean {
  return [skill.name, ...(skill.aliases ?? [])].some((s) => /\s/.test(s.trim()) && normalizeKey(s) === key);
}
const writtenAsName = (written: string) => written !== written.toLowerCase();

/** Exact spelling, else a plural ("dashboards") or a version glued on ("php7", "html5"). */
function resolve(
  taxonomy: Taxonomy,
  key: string,
  single: boolean,
  lastKey: string,
): { skill: Skill; key: string; singular?: true } | undefined {
  const exact = taxonomy.byNormalizedKey(key);
  if (extractable(exact)) return { skill: exact, key };
  if (exact) return undefined;
  if (key.length >= 5 && key.endsWith("s") && !key.endsWith("ss")) {
    const singular = taxonomy.byNormalizedKey(key.slice(0, -1));
    if (
      extractable(singular) &&
      !needsContext(singular, key.slice(0, -1), 1) &&
      !(single && isOtherWordPlusS(singular, key))
    )
      return { skill: singular, key: key.slice(0, -1) };
  }
  // Only phrases: a single word plus "s" is often another name ("games" is not GAMESS); and only
  // after a word, not initials ("M. V" is no plural of anything, and not MVS).
  if (!single && /^[a-z]{3,}$/.test(lastKey)) {
    const plural = taxonomy.byNormalizedKey(`${key}s`);
    if (extractable(plural) && !needsContext(plural, `${key}s`, 1))
      return writtenAsWords(plural, `${key}s`)
        ? { skill: plural, key: `${key}s` }
        : { skill: plural, key: `${key}s`, singular: true };
  }
  if (single) {
    const m = /^([a-z][a-z+#]{2,}?)\d+(?:\.\d+)*[a-z]?$/.exec(key);
    const stem = m ? taxonomy.byNormalizedKey(m[1]) : undefined;
    if (m && extractable(stem) && !needsContext(stem, m[1], 1)) return { skill: stem, key: m[1] };
  }
  return undefined;
}

/**
 * Longest match wins where candidates overlap; ties go to the earlier one. Two overlapping
 * spellings of one skill are one mention spanning both: "MS Access database" is Microsoft Access
 * written as the person wrote it, not only its longer half "Access database".
 */
export function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || Number(a.ambiguous) - Number(b.ambiguous),
  );
  const taken: Candidate[] = [];
  for (const c of sorted) {
    const i = taken.findIndex((t) => c.start < t.end && t.start < c.end);
    if (i < 0) taken.push(c);
    else if (taken[i]!.skill.id === c.skill.id && (c.start < taken[i]!.start || c.end > taken[i]!.end)) {
      const t = taken[i]!;
      const joined = {
        ...t,
        start: Math.min(t.start, c.start),
        end: Math.max(t.end, c.end),
        first: Math.min(t.first, c.first),
        last: Math.max(t.last, c.last),
        ambiguous: t.ambiguous && c.ambiguous,
      };
      // The union may now touch another kept candidate: then the longer half alone stays.
      if (!taken.some((o, j) => j !== i && joined.start < o.end && o.start < joined.end)) taken[i] = joined;
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
