/**
 * Embedders turn text into vectors for semantic search. The id is stored next to every
 * vector so a change of embedder (offline -> OpenAI, or a new offline pack) is detected
 * and the stored vectors are rebuilt instead of being compared across spaces.
 */
export interface Embedder {
  /** Stable id including model and dimensions, e.g. "offline-glove-ngram-v1" or "openai:text-embedding-3-small@1536". */
  readonly id: string;
  readonly dimensions: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<number[][]>;
  /** The same vectors computed in-process without waiting (only embedders that need no network). */
  embedSync?(texts: readonly string[]): number[][];
}

export function normalize(v: Float32Array | number[]): number[] {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = norm > 0 ? v[i]! / norm : 0;
  return out;
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
