/**
 * Names written with inner capitals whose lower case is an ordinary English word: "SAFe"
 * (safe), "LaTeX" (latex), "PuTTY" (putty). The casing is what makes the name; written in lower
 * case inside a sentence it is the word ("websites and safe surfing"). The build marks such a
 * spelling (`Skill.wordKeys`) because only the build has the vocabulary (ESCO and O*NET words);
 * the extractor then reads the lower-case word as the name only as an item of a list of names
 * (tools/skills/context.ts: acceptAmbiguous).
 */
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import type { Skill } from "../../data/taxonomy/types.ts";

/**
 * Words of plain English prose (O*NET's occupation descriptions) written in lower case in at
 * least `minTexts` of them: ordinary words, not a rare one ("typescript", a typed manuscript,
 * in one description). ESCO's labels are no such source: they write tool names in lower case.
 */
export function proseWords(texts: string[], minTexts = 3): Set<string> {
  const count = new Map<string, number>();
  for (const t of texts) {
    const seen = new Set<string>();
    for (const w of t.split(/[^A-Za-z]+/))
      if (w.length > 0 && w === w.toLowerCase()) seen.add(normalizeKey(w));
    for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= minTexts).map(([w]) => w));
}

/** One word with a capital after a small letter, or small letters after two capitals: "SAFe", "PuTTY". */
const INNER_CAPITALS = /^(?=.*\p{Ll})(?:\p{L}*\p{Ll}\p{Lu}\p{L}*|\p{Lu}{2,}\p{Ll}+)$/u;

/** The normalised spellings of `skill` that are such names (one word, letters only). */
export function wordCasedKeys(skill: Skill, commonWords: Set<string>): string[] {
  const keys = new Set<string>();
  for (const spelling of [skill.name, ...skill.aliases]) {
    if (!INNER_CAPITALS.test(spelling)) continue;
    const key = normalizeKey(spelling);
    if (commonWords.has(key)) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * Marks every skill's word-cased spellings (in place). A marked spelling also needs context
 * before the extractor takes it, as any name that is also a word does.
 */
export function markWordCased(skills: Skill[], commonWords: Set<string>): Skill[] {
  const marked: Skill[] = [];
  for (const skill of skills) {
    const keys = wordCasedKeys(skill, commonWords);
    if (keys.length === 0) continue;
    skill.wordKeys = keys;
    if (!skill.ambiguous) {
      skill.ambiguous = true;
      skill.ambiguousKeys = keys;
    } else if (skill.ambiguousKeys) {
      skill.ambiguousKeys = [...new Set([...skill.ambiguousKeys, ...keys])];
    }
    marked.push(skill);
  }
  return marked;
}
