/**
 * How much of a duty ask one resume line says (issue 13): the ask's own words without its frame
 * ("Able to handle cargo" -> "handle cargo"), each weighted by how specific it is (word-coverage.ts
 * `specificity`: "handle" weighs little, "cargo" much), and credited by the line's words:
 *   - the same word family ("reconciled" for "reconciliations"),
 *   - a word ESCO's labels use for it in the same skill (data/taxonomy/duty-words.ts: "freight"
 *     for "cargo", "oversaw" for "supervise"), credited by how many skills swap the two,
 *   - or one the learned word senses read as one meaning (word-senses.ts).
 * The offline embedder averages a line's words, so a short ask against a long bullet stays near
 * 0.35 whatever the bullet says ("handle cargo" vs "received and checked incoming freight");
 * this reads the line word by word, so the ask's key word decides.
 */
import { type GlovePack, loadGlovePack, unitVector } from "../../data/embeddings/glove-pack.ts";
import { contentTokens } from "../../data/embeddings/tokenize.ts";
import { dutyWordKey, dutyWordSwaps } from "../../data/taxonomy/duty-words.ts";
import { specificity } from "./word-coverage.ts";
import { familyRoots } from "./word-family.ts";
import { wordCredit } from "./word-senses.ts";

/** Words that frame an ask and carry none of its meaning ("Able to", "Experience in", "Proven ..."). */
const LEAD_IN =
  /^(?:(?:must|should)\s+(?:be\s+)?)?(?:able to|ability to|capable of|experience (?:with|in|of)|experienced in|knowledge of|knowledgeable in|familiarity with|familiar with|proven (?:track record (?:of|in)|experience (?:with|in)|ability to)|demonstrated (?:experience (?:with|in)|ability to)|skilled in|proficien(?:t|cy) in|background in|expertise in|understanding of|hands-on experience (?:with|in))\s+/i;

/**
 * A trait said as "<praise> <X> skills" ("Strong negotiation skills", "Excellent communication
 * abilities"): the praise and "skills" frame X, which is what a line must show.
 */
const TRAIT_FRAME =
  /^(?:(?:very|highly)\s+)?(?:(?:strong|good|excellent|solid|great|outstanding|exceptional|effective|sound|advanced|proven|demonstrated|superb)\s+(?:and\s+)?)+(.+?)\s+(?:skills?|abilities|ability|capabilities)$/i;

/** The ask without its frame: "Able to handle cargo" -> "handle cargo", "Strong negotiation skills" -> "negotiation". */
export function askCore(ask: string): string {
  const core = ask
    .trim()
    .replace(/[.!]+$/, "")
    .replace(LEAD_IN, "")
    .replace(TRAIT_FRAME, "$1");
  return core.length >= 3 ? core : ask;
}

/** Skills swapping two words at which the swap is worth half a word (credit = n / (n + this)). */
const SWAP_HALF = 6;
/** Below this cosine two words are unrelated (as word-coverage.ts). */
const MIN_COSINE = 0.3;
/** Ask words weighing less than this are frame ("experience", "strong"), not content. */
const MIN_WEIGHT = 0.05;

let pack: GlovePack | undefined;
/** Unit vectors by word and coverage by (ask, line): an analysis reads every line for every short ask. */
const vectorCache = new Map<string, Float32Array | null>();
const coverageCache = new Map<string, number | undefined>();
const CACHE_LIMIT = 20_000;

function vectorOf(word: string): Float32Array | undefined {
  let v = vectorCache.get(word);
  if (v === undefined) {
    if (vectorCache.size > CACHE_LIMIT) vectorCache.clear();
    v = unitVector(pack!, word) ?? null;
    vectorCache.set(word, v);
  }
  return v ?? undefined;
}

const words = (text: string) =>
  [...new Set(contentTokens(text))].filter((w) => w.length >= 3 && /^[a-z][a-z-]*$/.test(w));

/** A line read once: its words, their keys and their vectors. */
interface LineWords {
  words: string[];
  keys: Set<string>;
  /** The words' family roots (word-family.ts): "negotiated" for "negotiation". */
  roots: Set<string>;
  vectors: (Float32Array | undefined)[];
}
const lineCache = new Map<string, LineWords>();

function lineWordsOf(line: string): LineWords {
  let hit = lineCache.get(line);
  if (!hit) {
    if (lineCache.size > CACHE_LIMIT) lineCache.clear();
    const ws = words(line);
    hit = {
      words: ws,
      keys: new Set(ws.map(dutyWordKey)),
      roots: new Set(ws.flatMap(familyRoots)),
      vectors: ws.map(vectorOf),
    };
    lineCache.set(line, hit);
  }
  return hit;
}

/** The credit one ask word earns from a line's words. */
function wordCreditIn(word: string, line: LineWords): number {
  const key = dutyWordKey(word);
  if (line.keys.has(key) || familyRoots(word).some((r) => line.roots.has(r))) return 1;
  let credit = 0;
  for (const [other, skills] of dutyWordSwaps(key))
    if (line.keys.has(other)) credit = Math.max(credit, skills / (skills + SWAP_HALF));
  const v = vectorOf(word);
  if (!v) return credit;
  line.vectors.forEach((u, i) => {
    if (!u) return;
    let s = 0;
    for (let d = 0; d < v.length; d++) s += v[d]! * u[d]!;
    if (s >= MIN_COSINE) credit = Math.max(credit, wordCredit(word, line.words[i]!, s));
  });
  return credit;
}

/** 0..1: the specificity-weighted share of the ask's words the line says; undefined when the ask has none. */
export function dutyLineCoverage(ask: string, line: string): number | undefined {
  const key = `${ask}\u0000${line}`;
  if (coverageCache.has(key)) return coverageCache.get(key);
  if (coverageCache.size > CACHE_LIMIT) coverageCache.clear();
  const coverage = lineCoverage(ask, line);
  coverageCache.set(key, coverage);
  return coverage;
}

function lineCoverage(ask: string, line: string): number | undefined {
  pack ??= loadGlovePack();
  const lineWords = lineWordsOf(line);
  let total = 0;
  let covered = 0;
  for (const word of words(askCore(ask))) {
    const weight = specificity(pack, word);
    if (weight < MIN_WEIGHT) continue;
    total += weight;
    covered += weight * wordCreditIn(word, lineWords);
  }
  return total > 0 ? covered / total : undefined;
}

/** An ask of more words than this is a sentence, which the embedder reads well enough; a phrase is read word by word. */
const PHRASE_WORDS = 6;
/**
 * Coverage is put on the cosine's scale one tenth down: a line saying 0.7 of a short ask's
 * words meets it (evidence.ts SIMILARITY_MET 0.6). Measured (tools/gap/eval/measure-phrase-match.ts,
 * measure-duty-match.ts): at 0.7 no false match on the written pairs (recall 0.31 against 0
 * for the cosine at 0.6) and on the dev pairs' own resumes twice the cosine's met asks at the
 * same false rate.
 */
const COVERAGE_TO_SIMILARITY = 0.1;

/** The line (index into `lines`) that says most of a short duty ask, and its similarity; undefined for a sentence. */
export function phraseMatch(
  ask: string,
  lines: readonly string[],
): { similarity: number; at: number } | undefined {
  if (words(askCore(ask)).length > PHRASE_WORDS) return undefined;
  let best: { similarity: number; at: number } | undefined;
  lines.forEach((line, at) => {
    if (line.length < 3) return;
    const coverage = dutyLineCoverage(ask, line);
    if (coverage === undefined) return;
    const similarity = Math.round((coverage - COVERAGE_TO_SIMILARITY) * 1000) / 1000;
    if (!best || similarity > best.similarity) best = { similarity, at };
  });
  return best;
}
