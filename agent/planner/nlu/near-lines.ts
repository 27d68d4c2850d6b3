/**
 * When a training line is "a line of a held-out set, copied or with a word or two changed":
 * the rule that keeps outside and frozen sets out of the intent training data (corpus.test.ts
 * for the dev set, blind2- ... blind17-overlap.test.ts for the frozen splits in
 * evals/data). Words are lower-cased letters and digits; other characters are dropped
 * ("wasn't" -> "wasnt").
 */
export function lineWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .split(/\s+/)
    .filter(Boolean);
}

interface HeldOutLine {
  text: string;
  key: string;
  set: Set<string>;
}

/** Word Jaccard of two word sets: shared distinct words over all distinct words. */
function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  const all = a.size + b.size - shared;
  return all ? shared / all : 0;
}

/**
 * A finder over held-out lines: given a training line, every held-out line it copies —
 * the same words in the same order (three words or more), or word Jaccard >= `threshold`
 * (0.6) when the training line has at least `minWords` distinct words (4; shorter lines
 * meet by chance). `minWords: 1` gives the plain Jaccard count a README reports.
 */
export function nearCopyFinder(
  heldOut: string[],
  { threshold = 0.6, minWords = 4 }: { threshold?: number; minWords?: number } = {},
): (trainingLine: string) => string[] {
  const lines: HeldOutLine[] = heldOut.map((text) => {
    const w = lineWords(text);
    return { text, key: w.join(" "), set: new Set(w) };
  });
  return (trainingLine) => {
    const w = lineWords(trainingLine);
    const key = w.join(" ");
    const set = new Set(w);
    return lines
      .filter(
        (l) => (w.length >= 3 && key === l.key) || (set.size >= minWords && jaccard(set, l.set) >= threshold),
      )
      .map((l) => l.text);
  };
}
