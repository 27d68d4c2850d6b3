/**
 * A softmax regression's weights as sparse rows: per feature, only its non-zero (class, weight)
 * pairs, all features' pairs in three flat arrays. The intent model has ~98k features x 58
 * classes of which ~1 in 5 weights is kept: a dense Float64Array per feature was a 45 MB block
 * to zero and fill at every load (issue 12 budgets the load at 300 ms), and a message's score
 * then summed 58 weights per feature where ~11 are non-zero.
 */
export class SparseRows {
  /** Row by feature; none when the features are in ascending order (then row() searches them). */
  private readonly index?: Map<string, number>;

  constructor(
    readonly features: string[],
    /** Pairs of row r: offsets[r] .. offsets[r + 1] */
    private readonly offsets: Uint32Array,
    private readonly classes: Uint16Array,
    /** Each pair's weight is values[k] / divisor (the file keeps whole thousandths: no Float64 copy at load). */
    private readonly values: Float64Array | Int32Array | Int16Array,
    private readonly divisor = 1,
  ) {
    // The intent model's 123k features come sorted from its file: a Map of them took ~30 ms
    // of its load (issue 12 budgets 300 ms) where a binary search costs ~17 comparisons a feature.
    if (ascending(features)) return;
    this.index = new Map();
    for (let r = 0; r < features.length; r++) this.index.set(features[r]!, r);
  }

  /** Rows from dense per-feature weights, zeros left out (predictions are unchanged). */
  static fromDense(weights: Map<string, Float64Array>): SparseRows {
    const features = [...weights.keys()];
    let pairs = 0;
    for (const w of weights.values()) for (const v of w) if (v !== 0) pairs++;
    const offsets = new Uint32Array(features.length + 1);
    const classes = new Uint16Array(pairs);
    const values = new Float64Array(pairs);
    let at = 0;
    features.forEach((f, r) => {
      offsets[r] = at;
      weights.get(f)!.forEach((v, c) => {
        if (v === 0) return;
        classes[at] = c;
        values[at++] = v;
      });
    });
    offsets[features.length] = at;
    return new SparseRows(features, offsets, classes, values);
  }

  /** Rows from per-feature pair counts (the packed file's form), pairs in feature order. */
  static fromCounts(
    features: string[],
    counts: Uint16Array,
    classes: Uint16Array,
    values: Float64Array | Int32Array | Int16Array,
    divisor = 1,
  ): SparseRows {
    const offsets = new Uint32Array(features.length + 1);
    for (let r = 0; r < features.length; r++) offsets[r + 1] = offsets[r]! + counts[r]!;
    return new SparseRows(features, offsets, classes, values, divisor);
  }

  row(feature: string): number | undefined {
    if (this.index) return this.index.get(feature);
    const r = sortedIndexOf(this.features, feature);
    return r < 0 ? undefined : r;
  }

  /** z[c] += w[c] * x for row r's weights. */
  addTo(z: Float64Array, r: number, x: number): void {
    for (let k = this.offsets[r]!, end = this.offsets[r + 1]!; k < end; k++)
      z[this.classes[k]!]! += (this.values[k]! / this.divisor) * x;
  }

  /** Row r's (class, weight) pairs in stored order. */
  pairs(r: number): [number, number][] {
    const out: [number, number][] = [];
    for (let k = this.offsets[r]!, end = this.offsets[r + 1]!; k < end; k++)
      out.push([this.classes[k]!, this.values[k]! / this.divisor]);
    return out;
  }
}

/** Strictly ascending in code-unit order (what `<` compares and toJSON sorts by). */
export function ascending(features: string[]): boolean {
  for (let i = 1; i < features.length; i++) if (!(features[i - 1]! < features[i]!)) return false;
  return true;
}

/** Where `key` is in `sorted` (strictly ascending), by binary search; -1 when absent. */
export function sortedIndexOf(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = sorted[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
