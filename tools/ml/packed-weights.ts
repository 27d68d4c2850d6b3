/**
 * A sequence tagger's stored weights in flat arrays: one Map look-up per feature, then only
 * its non-zero (label, weight) pairs, in the stored order (so scores are summed exactly as
 * the JSON lists them). The resume labeller's model.bin is these arrays on disk
 * (tools/resume/labeller/packed.ts).
 */

/** feature -> [label index, weight, label index, weight, ...] (zero weights left out) */
export type SparseWeights = Record<string, number[]>;

export interface PackedWeights {
  /** feature -> its row in `offsets` */
  rows: Map<string, number>;
  names: string[];
  /** Pairs of row r: offsets[r] .. offsets[r + 1] */
  offsets: Uint32Array;
  labels: Uint8Array;
  weights: Float64Array;
  /**
   * Rows by template, then value, when the store already has them (the labeller's model.bin);
   * otherwise the tagger files `names` itself.
   */
  tables?: Map<string, Map<string, number>>;
}

export function packWeights(weights: SparseWeights): PackedWeights {
  const names = Object.keys(weights);
  let pairs = 0;
  for (const n of names) pairs += weights[n]!.length / 2;
  const offsets = new Uint32Array(names.length + 1);
  const labels = new Uint8Array(pairs);
  const values = new Float64Array(pairs);
  const rows = new Map<string, number>();
  let at = 0;
  names.forEach((name, row) => {
    rows.set(name, row);
    offsets[row] = at;
    const src = weights[name]!;
    for (let i = 0; i < src.length; i += 2, at++) {
      labels[at] = src[i]!;
      values[at] = src[i + 1]!;
    }
  });
  offsets[names.length] = at;
  return { rows, names, offsets, labels, weights: values };
}
