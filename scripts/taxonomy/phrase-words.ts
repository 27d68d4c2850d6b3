/**
 * The words the taxonomy's multi-word skill names are made of, by role: heads (the last word
 * of many names: "systems", "design", "management") and modifiers (a word before the last in
 * many names: "digital", "market", "data"). The resume parser widens a skill found in a
 * sentence to the noun phrase it stands in only over such words
 * (tools/skills/resume-filter/noun-phrase.ts): "digital photography", "SAP systems", never
 * "allow UNIX" or "UNIX backup team". Derived from the matcher's phrases, so it follows the
 * taxonomy (O*NET, ESCO, Linguist, curated) rather than a hand list.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** A head ends at least this many names; a modifier stands before the last word of this many. */
export const MIN_HEAD_NAMES = 10;
export const MIN_MODIFIER_NAMES = 5;

export interface PhraseWords {
  version: 1;
  heads: string[];
  modifiers: string[];
}

const isWord = (w: string) => /^\p{L}[\p{L}'-]*$/u.test(w) && w.length > 1;

export function phraseWords(phrases: string[]): PhraseWords {
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
  return { version: 1, heads: atLeast(heads, MIN_HEAD_NAMES), modifiers: modifying };
}

/** matcher.json -> phrase-words.json (run by build-taxonomy, or alone: `npm run build:phrase-words`). */
export function writePhraseWords(matcherFile: string, outFile: string): PhraseWords {
  const { phrases } = JSON.parse(readFileSync(matcherFile, "utf8")) as { phrases: string[] };
  const words = phraseWords(phrases);
  writeFileSync(outFile, `${JSON.stringify(words)}\n`);
  return words;
}
