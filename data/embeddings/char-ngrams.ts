/**
 * Hashed character n-grams: catch what word vectors miss (tech names GloVe never saw,
 * such as "kubernetes" or "terraform", plurals and typos) by projecting every 3-5 letter
 * piece of each word into a fixed number of signed buckets (the "hashing trick").
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface NgramOptions {
  buckets: number;
  minN: number;
  maxN: number;
  /** Weight of the whole word as one extra feature (exact-match signal). */
  wordWeight: number;
}

export function addCharNgrams(
  token: string,
  weight: number,
  options: NgramOptions,
  into: Float32Array,
): void {
  const padded = `<${token}>`;
  const { buckets, minN, maxN } = options;
  for (let n = minN; n <= maxN; n++) {
    if (padded.length < n) break;
    for (let i = 0; i + n <= padded.length; i++) addHashed(padded.slice(i, i + n), weight, buckets, into);
  }
  if (options.wordWeight > 0) addHashed(`w:${token}`, weight * options.wordWeight, buckets, into);
}

export function addHashed(feature: string, weight: number, buckets: number, into: Float32Array): void {
  const h = fnv1a(feature);
  // The top bit picks a sign so collisions cancel out on average instead of adding up.
  into[h % buckets]! += h & 0x80000000 ? -weight : weight;
}
