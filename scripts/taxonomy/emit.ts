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
      const spaced = spacedKey(phrase);
      if (!spaced.includes(" ")) continue;
      phrases.add(spaced);
      const words = spaced.split(" ");
      for (let i = 1; i < words.length; i++) phrasePrefixes.add(words.slice(0, i).join(" "));
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

export { normalizeKey };
