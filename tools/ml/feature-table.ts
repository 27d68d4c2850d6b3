/**
 * A feature -> row lookup built once and stored with a model (the intent model's file holds
 * one for its regression's 123k features): open addressing on the feature's FNV-1a hash, each
 * slot row + 1 (0: empty), at most half full. Loading is a view of the bytes; a Map of the
 * features took ~30 ms of the intent model's load (issue 12 budgets 300 ms), and a binary
 * search over them tripled the regression's time per message.
 */
import { fnv1a } from "../../data/embeddings/char-ngrams.ts";

export function featureTable(features: string[]): Uint32Array {
  let size = 1;
  while (size < features.length * 2) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  features.forEach((f, r) => {
    let slot = fnv1a(f) & mask;
    while (table[slot] !== 0) {
      if (features[table[slot]! - 1] === f) throw new Error(`feature ${f} is listed twice`);
      slot = (slot + 1) & mask;
    }
    table[slot] = r + 1;
  });
  return table;
}

/** The row of `feature` in the `features` the table was built from, or -1. */
export function tableRow(table: Uint32Array, features: string[], feature: string): number {
  const mask = table.length - 1;
  for (let slot = fnv1a(feature) & mask; ; slot = (slot + 1) & mask) {
    const at = table[slot]!;
    if (at === 0) return -1;
    if (features[at - 1] === feature) return at - 1;
  }
}
