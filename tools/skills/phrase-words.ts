/**
 * The taxonomy's phrase words (data/taxonomy/phrase-words.json, built from its names by
 * scripts/taxonomy/phrase-words.ts): heads and modifiers of its multi-word names
 * (resume-filter/noun-phrase.ts), vendors' words and general words (own-product.ts). Read once,
 * on first use.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PHRASE_WORDS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/taxonomy/phrase-words.json",
);

export interface PhraseWordSets {
  heads: Set<string>;
  modifiers: Set<string>;
  vendors: Set<string>;
  /** Words the general skills' names use often (own-product.ts); absent in a file built before them. */
  general?: Set<string>;
}

let loaded: PhraseWordSets | undefined;

export function phraseWordSets(): PhraseWordSets {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(PHRASE_WORDS_FILE, "utf8")) as {
      heads: string[];
      modifiers: string[];
      vendors?: string[];
      general?: string[];
    };
    loaded = {
      heads: new Set(raw.heads),
      modifiers: new Set(raw.modifiers),
      vendors: new Set(raw.vendors ?? []),
      ...(raw.general ? { general: new Set(raw.general) } : {}),
    };
  }
  return loaded;
}
