/**
 * The offline embedder that ships with the project: a frequency-weighted average of GloVe
 * word vectors (meaning: "fired" ~ "let go") concatenated with hashed character n-grams
 * (surface form: "kubernetes", "k8s", plurals). Both halves are unit length and mixed by
 * `gloveShare`, so cosine similarity = share * word-meaning + (1 - share) * spelling.
 * The default settings were picked by measurement on evals/data/retrieval (see
 * tools/interviews/eval/compare-embedders.ts).
 */
import { createHash } from "node:crypto";
import { addCharNgrams, addHashed, type NgramOptions } from "./char-ngrams.ts";
import { addWordVector, type GlovePack, loadGlovePack } from "./glove-pack.ts";
import { crudeStem } from "./stem.ts";
import { contentTokens } from "./tokenize.ts";
import type { Embedder } from "./types.ts";

export interface OfflineEmbedderOptions {
  /** 0..1: weight of the word-vector half; the rest goes to character n-grams. */
  gloveShare: number;
  ngram: NgramOptions;
  /** Smooth-inverse-frequency constant: weight = a / (a + p(word)). */
  sifA: number;
  /** Only use the first N words of the pack (to measure smaller packs); 0 = all. */
  vocabularyLimit: number;
  /**
   * Remove the direction every averaged word vector shares (the frequency-weighted mean
   * of the pack), as in SIF sentence embeddings; otherwise all texts look alike.
   */
  removeCommonDirection: boolean;
  /** Give each word the same total n-gram weight however long it is. */
  normalizePerWord: boolean;
  /**
   * Also hash the stem of each word ("deploying" -> "deploy"), so inflections match. The
   * small suffix stripper beat a Porter stemmer here: its stems are real words, so they
   * also find a word vector when the inflected form has none.
   */
  stemFeature: boolean;
  pack?: GlovePack;
}

export const DEFAULT_OFFLINE_OPTIONS: OfflineEmbedderOptions = {
  gloveShare: 0.5,
  ngram: { buckets: 512, minN: 3, maxN: 5, wordWeight: 1 },
  sifA: 1e-2,
  vocabularyLimit: 0,
  removeCommonDirection: true,
  normalizePerWord: true,
  stemFeature: true,
};

export function createOfflineEmbedder(overrides: Partial<OfflineEmbedderOptions> = {}): Embedder {
  const options = { ...DEFAULT_OFFLINE_OPTIONS, ...overrides };
  const pack = options.pack ?? loadGlovePack();
  const gloveDims = pack.header.dimensions;
  const dimensions = gloveDims + options.ngram.buckets;
  const gloveScale = Math.sqrt(options.gloveShare);
  const ngramScale = Math.sqrt(1 - options.gloveShare);
  // Zipf's law turns a frequency rank into a probability estimate: p(r) ~ 1 / (r * H).
  const harmonic = Math.log(pack.header.sourceVocabulary) + 0.5772;
  // The id changes whenever the vectors would: other settings or another pack.
  const { pack: _pack, ...settings } = options;
  const isDefault = JSON.stringify(settings) === JSON.stringify(DEFAULT_OFFLINE_OPTIONS);
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([settings, pack.header]))
    .digest("hex")
    .slice(0, 8);
  const id = `offline-glove-ngram-${isDefault ? "v1" : "custom"}-${fingerprint}@${dimensions}`;

  const wordWeight = (word: string): number => {
    const i = pack.index.get(word);
    if (i === undefined || (options.vocabularyLimit > 0 && pack.ranks[i]! > options.vocabularyLimit))
      return 1;
    const p = 1 / ((pack.ranks[i]! + 1) * harmonic);
    return options.sifA / (options.sifA + p);
  };

  const inVocabulary = (word: string): boolean => {
    const i = pack.index.get(word);
    return i !== undefined && (options.vocabularyLimit === 0 || pack.ranks[i]! <= options.vocabularyLimit);
  };
  const common = options.removeCommonDirection
    ? cachedCommonDirection(pack, `${options.sifA}:${options.vocabularyLimit}`, wordWeight)
    : undefined;
  const ngramCount = (token: string) => {
    const len = token.length + 2;
    let n = 0;
    for (let k = options.ngram.minN; k <= options.ngram.maxN; k++) n += Math.max(0, len - k + 1);
    return Math.max(1, n);
  };

  const embedOne = (text: string): number[] => {
    const glove = new Float32Array(gloveDims);
    const ngrams = new Float32Array(options.ngram.buckets);
    for (const token of contentTokens(text)) {
      const weight = wordWeight(token);
      const stem = crudeStem(token);
      if (inVocabulary(token)) addWordVector(pack, token, weight, glove);
      else if (stem !== token && inVocabulary(stem)) addWordVector(pack, stem, weight, glove);
      const ngramWeight = options.normalizePerWord ? weight / Math.sqrt(ngramCount(token)) : weight;
      addCharNgrams(token, ngramWeight, options.ngram, ngrams);
      if (options.stemFeature) addHashed(`s:${stem}`, weight, options.ngram.buckets, ngrams);
    }
    if (common) removeProjection(glove, common);
    return concatUnit(glove, gloveScale, ngrams, ngramScale);
  };

  return {
    id,
    dimensions,
    embed: async (texts) => texts.map(embedOne),
    embedSync: (texts) => texts.map(embedOne),
  };
}

const commonDirections = new WeakMap<GlovePack, Map<string, Float32Array>>();

/** The common direction depends only on the pack and the word weights: computed once per pair. */
function cachedCommonDirection(
  pack: GlovePack,
  weightsKey: string,
  weightOf: (word: string) => number,
): Float32Array {
  let byWeights = commonDirections.get(pack);
  if (!byWeights) {
    byWeights = new Map();
    commonDirections.set(pack, byWeights);
  }
  let direction = byWeights.get(weightsKey);
  if (!direction) {
    direction = commonDirection(pack, weightOf);
    byWeights.set(weightsKey, direction);
  }
  return direction;
}

/** Unit vector of the weighted mean of the 20k most frequent words: the shared "any text" direction. */
function commonDirection(pack: GlovePack, weightOf: (word: string) => number): Float32Array {
  const dims = pack.header.dimensions;
  const mean = new Float32Array(dims);
  for (const [word, i] of pack.index) {
    if (pack.ranks[i]! < 20_000) addWordVector(pack, word, weightOf(word), mean);
  }
  const norm = Math.hypot(...mean);
  for (let d = 0; d < dims; d++) mean[d]! /= norm || 1;
  return mean;
}

function removeProjection(v: Float32Array, unit: Float32Array): void {
  let dot = 0;
  for (let d = 0; d < v.length; d++) dot += v[d]! * unit[d]!;
  for (let d = 0; d < v.length; d++) v[d]! -= dot * unit[d]!;
}

function concatUnit(a: Float32Array, aScale: number, b: Float32Array, bScale: number): number[] {
  const out = new Array<number>(a.length + b.length).fill(0);
  const na = Math.hypot(...a);
  const nb = Math.hypot(...b);
  // When one half is empty (no known words) the other carries the whole vector.
  const sa = na > 0 ? (nb > 0 ? aScale : 1) / na : 0;
  const sb = nb > 0 ? (na > 0 ? bScale : 1) / nb : 0;
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * sa;
  for (let i = 0; i < b.length; i++) out[a.length + i] = b[i]! * sb;
  return out;
}
