/**
 * The words the taxonomy's multi-word skill names are made of, by role: heads (the last word
 * of many names: "systems", "design", "management") and modifiers (a word before the last in
 * many names: "digital", "market", "data"). The resume parser widens a skill found in a
 * sentence to the noun phrase it stands in only over such words
 * (tools/skills/resume-filter/noun-phrase.ts): "digital photography", "SAP systems", never
 * "allow UNIX" or "UNIX backup team". Derived from the matcher's phrases, so it follows the
 * taxonomy (O*NET, ESCO, Linguist, curated) rather than a hand list.
 *
 * Also the vendors' words: words that open the names of many specific products ("Oracle",
 * "IBM", "Adobe", "SAP"), so the resume parser reads "Oracle Linux" as one vendor's product,
 * not Oracle Database plus Linux (tools/skills/own-product.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadTaxonomy } from "../../data/taxonomy/index.ts";
import { generalWordsOf } from "../../tools/skills/own-product.ts";

/** A head ends at least this many names; a modifier stands before the last word of this many. */
export const MIN_HEAD_NAMES = 10;
export const MIN_MODIFIER_NAMES = 5;
/** A vendor's word opens the names of at least this many specific products ("Java" opens 12: no vendor). */
export const MIN_VENDOR_PRODUCTS = 20;
/** The kinds of skill that are products (a vendor's word opens their names). */
const PRODUCT_CATEGORIES = new Set([
  "tool",
  "framework_library",
  "database",
  "cloud_platform",
  "programming_language",
]);

export interface PhraseWords {
  version: 1;
  heads: string[];
  modifiers: string[];
  vendors: string[];
  /** Words 10+ general skills' names use (tools/skills/own-product.ts: not a product's word). */
  general: string[];
}

interface NamedSkill {
  id: string;
  name: string;
  category: string;
  aliases?: string[];
}

/**
 * Words that open the names (or spellings) of MIN_VENDOR_PRODUCTS or more specific products and
 * are, alone, a spelling of a product ("Oracle" is Oracle Database's): "Digital" or "Web" open
 * many names too but name no product alone.
 */
export function vendorWords(skills: NamedSkill[]): string[] {
  const opened = new Map<string, Set<string>>();
  const alone = new Set<string>();
  for (const s of skills) {
    if (!PRODUCT_CATEGORIES.has(s.category)) continue;
    for (const name of [s.name, ...(s.aliases ?? [])]) {
      const words = name
        .toLowerCase()
        .split(/[^\p{L}\p{N}+#]+/u)
        .filter(Boolean);
      if (words.length === 1) alone.add(words[0]!);
      if (words.length < 2 || !isWord(words[0]!)) continue;
      const ids = opened.get(words[0]!) ?? new Set<string>();
      ids.add(s.id);
      opened.set(words[0]!, ids);
    }
  }
  return [...opened]
    .filter(([w, ids]) => ids.size >= MIN_VENDOR_PRODUCTS && alone.has(w))
    .map(([w]) => w)
    .sort();
}

const isWord = (w: string) => /^\p{L}[\p{L}'-]*$/u.test(w) && w.length > 1;

export function phraseWords(phrases: string[], skills: NamedSkill[] = []): PhraseWords {
  const heads = new Map<string, number>();
  const modifiers = new Map<string, number>();
  const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    if (isWord(last)) bump(heads, last);
    for (const w of new Set(words.slice(0, -1))) if (isWord(w)) bump(modifiers, w);
  }
  const atLeast = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([, c]) => c >= n)
      .map(([w]) => w)
      .sort();
  // A word that ends more names than it modifies ("system", "tools", "language") is the head of
  // the name before it ("... management system TIBCO"), not a modifier of the next one.
  const modifying = atLeast(modifiers, MIN_MODIFIER_NAMES).filter(
    (w) => modifiers.get(w)! >= (heads.get(w) ?? 0),
  );
  return {
    version: 1,
    heads: atLeast(heads, MIN_HEAD_NAMES),
    modifiers: modifying,
    vendors: vendorWords(skills),
    general: generalWordsOf(skills),
  };
}

/**
 * matcher.json + taxonomy.json (with its lookup-only ESCO competences, as the parser reads it)
 * -> phrase-words.json (run by build-taxonomy, or alone: `npm run build:phrase-words`).
 */
export function writePhraseWords(
  matcherFile: string,
  taxonomyFile: string,
  lookupOnlyFile: string,
  outFile: string,
): PhraseWords {
  const { phrases } = JSON.parse(readFileSync(matcherFile, "utf8")) as { phrases: string[] };
  const skills = loadTaxonomy(taxonomyFile, lookupOnlyFile, matcherFile).all();
  const words = phraseWords(phrases, skills);
  writeFileSync(outFile, `${JSON.stringify(words)}\n`);
  return words;
}
