/**
 * A small seeded generator (mulberry32). Training orders, CV folds and bench pacing must not
 * depend on Math.random: the same seed gives the same sequence, so a rebuilt model or a rerun
 * bench is the same.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: a row's own key, the same wherever the row sits in its data. */
export function stringKey(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser over two words: a well-spread 32-bit number for (key, salt). */
function mix(key: number, salt: number): number {
  let h = (key ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Indices of `keys` in an order drawn by `salt` in which each item's place among the others
 * depends only on its own key: add or remove items and the rest keep their relative order.
 * (A shuffle by a seeded generator re-deals every item when one is added, so a model retrained
 * with one more line was trained in a new order throughout.) Ties keep input order.
 */
export function keyedOrder(keys: readonly number[], salt: number): number[] {
  const ranks = keys.map((k) => mix(k, salt));
  return keys.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
}
