/**
 * Which words stand in for each other, read from how ESCO and O*NET name things (used by
 * scripts/build-word-senses.ts). A concept's labels are written by people who meant the same
 * thing: two labels of one concept that differ in one word ("supervise prison procedures",
 * "oversee prison procedures") show the two words as the same meaning there; labels of two
 * different concepts that differ in one word ("sales strategy", "marketing strategy") show
 * them as different things. Two words in one label ("sales and marketing manager") are two
 * things side by side. These counts, per word pair, are the evidence the similarity -> credit
 * curve is fitted on.
 */
import { tokenize } from "../../data/embeddings/tokenize.ts";

export interface Concept {
  labels: string[];
  /**
   * Whether the labels are other names of one thing (ESCO's alternative labels). O*NET's
   * alternate titles of an occupation are often its specialisations ("Wireless Technician",
   * "Computer Technician"), so one word for another there is not evidence of one meaning; they
   * still contrast with other occupations' titles.
   */
  synonyms: boolean;
}

export interface PairCounts {
  /** Concepts where one label has a and another has b in the same place: same meaning. */
  same: Map<string, number>;
  /** Pairs of distinct concepts whose labels differ only by a for b: different things. */
  different: Map<string, number>;
  /** Labels that hold both words: side by side, so not one thing said twice. */
  together: Map<string, number>;
}

/** The key of an unordered word pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** A label's plain words (hyphenated and dotted tokens are left out: their parts come twice). */
function labelWords(label: string): string[] {
  return tokenize(label).filter((w) => !/[-/.]/.test(w));
}

/** A slot pattern filled by this many labels is a generic frame ("manage _"), not a contrast. */
const MAX_SLOT_FILLERS = 40;

export function countWordPairs(concepts: readonly Concept[]): PairCounts {
  const same = new Map<string, number>();
  const different = new Map<string, number>();
  const together = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const slots = new Map<string, { concept: number; word: string }[]>();
  const synonyms = concepts.map((c) => c.synonyms);
  concepts.forEach((c, concept) => {
    const seen = new Set<string>();
    for (const label of c.labels) {
      const words = labelWords(label);
      const distinct = [...new Set(words)].filter((w) => w.length > 2);
      for (let i = 0; i < distinct.length; i++)
        for (let j = i + 1; j < distinct.length; j++) bump(together, pairKey(distinct[i]!, distinct[j]!));
      if (words.length < 2 || words.length > 5) continue;
      for (let i = 0; i < words.length; i++) {
        const slot = words.map((w, j) => (j === i ? "_" : w)).join(" ");
        const k = `${slot}#${words[i]}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const fillers = slots.get(slot) ?? [];
        fillers.push({ concept, word: words[i]! });
        slots.set(slot, fillers);
      }
    }
  });
  for (const fillers of slots.values()) {
    if (fillers.length > MAX_SLOT_FILLERS) continue;
    for (let i = 0; i < fillers.length; i++)
      for (let j = i + 1; j < fillers.length; j++) {
        const a = fillers[i]!;
        const b = fillers[j]!;
        if (a.word === b.word) continue;
        if (a.concept !== b.concept) bump(different, pairKey(a.word, b.word));
        else if (synonyms[a.concept]) bump(same, pairKey(a.word, b.word));
      }
  }
  return { same, different, together };
}

/** The credit model's inputs for a word pair: cosine, then the label evidence (log counts, `scale` for a half set). */
export function pairFeatures(counts: PairCounts, key: string, cosine: number, scale = 1): number[] {
  return [
    cosine,
    Math.log1p((counts.same.get(key) ?? 0) * scale),
    Math.log1p((counts.different.get(key) ?? 0) * scale),
    Math.log1p((counts.together.get(key) ?? 0) * scale),
  ];
}

/** Evidence says the pair is one meaning: more concepts use them for each other than contrast them. */
export function sameMeaning(counts: PairCounts, key: string): boolean {
  return (counts.same.get(key) ?? 0) > (counts.different.get(key) ?? 0);
}
