/**
 * Writes the compiled taxonomy in the compact shape data/taxonomy/index.ts reads:
 * empty fields are left out, and the spelling index (normalised key -> skill index) is
 * precomputed so loading needs no tokenising.
 */

import type { CompactSkill, CompiledTaxonomy, LookupOnlyTaxonomy } from "../../data/taxonomy/compiled.ts";
import { normalizeKey, phraseTokenKeys, spacedKey } from "../../data/taxonomy/normalize.ts";
import type { Skill } from "../../data/taxonomy/types.ts";

/**
 * ESCO competences nobody links to ("abide by regulations on banned materials") are only
 * ever looked up by name, so they go to a second file that `lookup` reads on a miss;
 * the main file stays small enough to load in well under 150 ms.
 */
export function isLookupOnly(s: Skill): boolean {
  return (
    s.sources.length === 1 &&
    s.sources[0] === "esco" &&
    s.extractable === false &&
    s.parents.length === 0 &&
    s.children.length === 0 &&
    s.related.length === 0
  );
}

export function compileLookupOnly(skills: Skill[], keyOwner: Map<string, string>): LookupOnlyTaxonomy {
  const rows = skills.filter(isLookupOnly).sort((a, b) => a.id.localeCompare(b.id));
  const keysOf = new Map<string, string[]>();
  for (const [key, id] of keyOwner) keysOf.set(id, [...(keysOf.get(id) ?? []), key]);
  return {
    version: 1,
    rows: rows.map((s) => [s.id, s.name, s.category, s.type, s.aliases, (keysOf.get(s.id) ?? []).sort()]),
  };
}

export function compile(
  allSkills: Skill[],
  keyOwner: Map<string, string>,
  builtFrom: string[],
): CompiledTaxonomy {
  const skills = allSkills.filter((s) => !isLookupOnly(s));
  const sorted = [...skills].sort((a, b) => a.id.localeCompare(b.id));
  const indexOf = new Map(sorted.map((s, i) => [s.id, i]));
  const compact: CompactSkill[] = sorted.map((s) => {
    const c: CompactSkill = {
      id: s.id,
      name: s.name,
      category: s.category,
      type: s.type,
      sources: s.sources,
    };
    if (s.aliases.length) c.aliases = s.aliases;
    if (s.parents.length) c.parents = s.parents;
    if (s.children.length) c.children = s.children.sort();
    if (s.related.length)
      c.related = s.related.sort((a, b) => b.credit - a.credit || a.id.localeCompare(b.id));
    if (s.ambiguous) c.ambiguous = true;
    if (s.ambiguousKeys?.length) c.ambiguousKeys = s.ambiguousKeys;
    if (s.wordKeys?.length) c.wordKeys = s.wordKeys;
    if (s.extractable === false) c.extractable = false;
    if (s.hot) c.hot = true;
    if (s.inDemand) c.inDemand = true;
    return c;
  });
  const keys: Record<string, number> = {};
  for (const [key, id] of [...keyOwner.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const index = indexOf.get(id);
    if (index !== undefined) keys[key] = index;
  }
  // Glued tokens ("node.js", "ci/cd") may be cut anywhere a spelling has a token break:
  // "prefixes" holds those token-boundary prefixes. Words separated by spaces only join
  // where a known spelling has a space ("java script", "ruby on rails"): "phrases" are the
  // word-split spellings and "phrasePrefixes" their beginnings, so "I am" never becomes "iam".
  const prefixes = new Set<string>();
  const phrases = new Set<string>();
  const phrasePrefixes = new Set<string>();
  for (const s of sorted) {
    if (s.extractable === false) continue;
    for (const phrase of [s.name, ...s.aliases]) {
      const parts = phraseTokenKeys(phrase);
      let acc = "";
      for (let i = 0; i < parts.length - 1; i++) {
        acc += parts[i];
        prefixes.add(acc);
      }
      // Camel-case words apart only for the curated tools people write every day: split
      // O*NET product names are often ordinary phrases ("QuestionMark", "PatternMaker").
      for (const spaced of spacedForms(phrase, s.sources.includes("curated"))) {
        phrases.add(spaced);
        const words = spaced.split(" ");
        for (let i = 1; i < words.length; i++) phrasePrefixes.add(words.slice(0, i).join(" "));
      }
    }
  }
  return {
    version: 1,
    builtFrom,
    skills: compact,
    keys,
    prefixes: [...prefixes].sort(),
    phrases: [...phrases].sort(),
    phrasePrefixes: [...phrasePrefixes].sort(),
  };
}

/**
 * Words people write apart that a spelling glues (camel case "SourceSafe", "SolidWorks").
 * Each part must be a word of its own: at least three letters, not a function word, so
 * "LinkedIn" never makes "linked in", "OneNote" never "one note", "iMovie" never "i movie".
 * Hyphenated parts must not be function words either.
 */
const CAMEL = /(?<=[a-z]{3})(?=[A-Z][a-z]{2})/;
const FUNCTION_WORDS = new Set(
  "in on up to of by at as or is it an be do go no so we my me us and for the one you out off all any our her his not but set get".split(
    " ",
  ),
);

function camelSplit(word: string): string[] {
  const parts = word.split(CAMEL);
  return parts.length > 1 && parts.every((p) => !FUNCTION_WORDS.has(p.toLowerCase())) ? parts : [word];
}

/**
 * The word-split spellings of one name or alias, as a person may write it: as given ("ruby on
 * rails"), its hyphenated or slashed words apart ("cold-calling" -> "cold calling", "e-commerce"
 * -> "e commerce") and its camel-case words apart ("Visual SourceSafe" -> "visual source safe").
 * Every form has the same concatenated key as the spelling, so it resolves to the same skill
 * with the same ambiguity rules; only forms with a space are phrases (single words need none).
 */
export function spacedForms(phrase: string, camelCase = true): string[] {
  const forms = new Set<string>();
  const given = spacedKey(phrase);
  if (given.includes(" ")) forms.add(given);
  // Hyphens and slashes between words of two or more letters; "C-level" and "T-SQL" keep
  // their glue (a lone letter is an initial, not a word).
  const parts = phraseTokenKeys(phrase);
  // A function word among them ("make-up", "built-in") would make ordinary phrases skills.
  if (parts.length > 1 && parts.every((p) => p.length >= 2 && !FUNCTION_WORDS.has(p)))
    forms.add(parts.join(" "));
  if (!camelCase) return [...forms];
  const camel = phrase
    .split(/\s+/)
    .flatMap(camelSplit)
    .map((w) => normalizeKey(w))
    .filter((w) => w.length > 0);
  if (camel.length > 1) forms.add(camel.join(" "));
  return [...forms];
}

export { normalizeKey };
