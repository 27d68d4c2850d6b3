/**
 * Spherical k-means (cosine) over unit-length rows of one flat Float32Array: each row goes
 * to the centroid it points most along, each centroid becomes its rows' mean direction.
 * Deterministic: the first centroids are rows drawn by a seeded generator, and ties keep
 * the lower index. No npm package fits: ml-kmeans wants arrays of arrays (40k x 100 boxed
 * numbers) and Euclidean distance; this is the loop it would wrap.
 */
import { seededRandom } from "./seeded-random.ts";

function normalizeRows(v: Float32Array, dims: number): void {
  for (let r = 0; r * dims < v.length; r++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += v[r * dims + d]! ** 2;
    const n = Math.sqrt(s) || 1;
    for (let d = 0; d < dims; d++) v[r * dims + d]! /= n;
  }
}

/** The cluster of each row (rows must be unit length). */
export function sphericalKmeans(
  rows: Float32Array,
  dims: number,
  k: number,
  { iterations = 12, seed = 1 } = {},
): Uint16Array {
  const n = rows.length / dims;
  if (k > 65535) throw new Error("at most 65535 clusters");
  const next = seededRandom(seed);
  const centroids = new Float32Array(k * dims);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(next() * n);
    while (picked.has(r)) r = (r + 1) % n;
    picked.add(r);
    centroids.set(rows.subarray(r * dims, (r + 1) * dims), c * dims);
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestDot = -Infinity;
      const base = r * dims;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * dims;
        for (let d = 0; d < dims; d++) dot += rows[base + d]! * centroids[cb + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[r] !== best) moved++;
      assign[r] = best;
    }
    if (it > 0 && moved === 0) break;
    // Empty clusters keep their old centroid.
    const sums = new Float32Array(k * dims);
    const sizes = new Uint32Array(k);
    for (let r = 0; r < n; r++) {
      const c = assign[r]!;
      sizes[c]!++;
      for (let d = 0; d < dims; d++) sums[c * dims + d]! += rows[r * dims + d]!;
    }
    for (let c = 0; c < k; c++)
      if (sizes[c]) centroids.set(sums.subarray(c * dims, (c + 1) * dims), c * dims);
    normalizeRows(centroids, dims);
  }
  return assign;
}

export { normalizeRows };
