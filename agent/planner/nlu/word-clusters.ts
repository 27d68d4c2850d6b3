/**
 * Groups of words that mean alike, learned from the offline embedder's GloVe vectors
 * (data/embeddings) by spherical k-means, so the intent regression can read a word no
 * training line uses through the group it falls in: "wage" and "paycheck" land where
 * "salary" and "pay" were taught, "quit" where "stop" was. Two granularities: a coarse
 * one (topics) and a fine one (near-synonyms). Built with the model and stored in its
 * file, so loading needs no word vectors (the pack alone takes ~85 ms to decode).
 */

import { loadGlovePack } from "../../../data/embeddings/glove-pack.ts";
import { crudeStem } from "../../../data/embeddings/stem.ts";
import { normalizeRows, sphericalKmeans } from "../../../tools/ml/spherical-kmeans.ts";

export interface ClusterOptions {
  /** The most frequent words of the pack that get a group (rarer ones are mostly names). */
  words: number;
  /** Number of groups at each granularity. */
  ks: number[];
}

export const DEFAULT_CLUSTERS: ClusterOptions = { words: 15000, ks: [80, 600] };

export interface WordClustersJSON {
  ks: number[];
  /** Words joined by "\n". */
  words: string;
  /** Per granularity, each word's group. */
  ids: number[][];
}

const memo = new Map<string, WordClustersJSON>();

/** Deterministic: the same pack and options give the same groups. */
export function buildWordClusters(o: ClusterOptions = DEFAULT_CLUSTERS): WordClustersJSON {
  const key = JSON.stringify(o);
  const done = memo.get(key);
  if (done) return done;
  const pack = loadGlovePack();
  const dims = pack.header.dimensions;
  const order = [...pack.index.entries()]
    .filter(([w]) => /^[a-z]{2,}$/.test(w))
    .sort((a, b) => pack.ranks[a[1]]! - pack.ranks[b[1]]!)
    .slice(0, o.words);
  const rows = new Float32Array(order.length * dims);
  order.forEach(([, i], r) => {
    for (let d = 0; d < dims; d++) rows[r * dims + d] = pack.values[i * dims + d]! * pack.scales[i]!;
  });
  normalizeRows(rows, dims);
  const json = {
    ks: o.ks,
    words: order.map(([w]) => w).join("\n"),
    ids: o.ks.map((k, g) => [...sphericalKmeans(rows, dims, k, { seed: 1 + g })]),
  };
  memo.set(key, json);
  return json;
}

export class WordClusters {
  private readonly index: Map<string, number>;
  constructor(private readonly json: WordClustersJSON) {
    this.index = new Map(json.words.split("\n").map((w, i) => [w, i]));
  }

  /** The word's groups as features ("k1:412"), through its stem when the word has none. */
  features(word: string): string[] {
    const i = this.index.get(word) ?? this.index.get(crudeStem(word));
    if (i === undefined) return [];
    return this.json.ids.map((ids, g) => `k${g}:${ids[i]}`);
  }

  toJSON(): WordClustersJSON {
    return this.json;
  }
}
