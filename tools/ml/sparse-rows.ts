/**
 * A softmax regression's weights as sparse rows: per feature, only its non-zero (class, weight)
 * pairs, all features' pairs in three flat arrays. The intent model has ~98k features x 58
 * classes of which ~1 in 5 weights is kept: a dense Float64Array per feature was a 45 MB block
 * to zero and fill at every load (issue 12 budgets the load at 300 ms), and a message's score
 * then summed 58 weights per feature where ~11 are non-zero.
 */
import { tableRow } from "./feature-table.ts";

export class SparseRows {
  /** Row by feature, when no stored lookup table (feature-table.ts) came with the rows. */
  private readonly index?: Map<string, number>;

  constructor(
    readonly features: string[],
    /** Pairs of row r: offsets[r] .. offsets[r + 1] */
    private readonly offsets: Uint32Array,
    private readonly classes: Uint16Array,
    /** Each pair's weight is values[k] / divisor (the file keeps whole thousandths: no Float64 copy at load). */
    private readonly values: Float64Array | Int32Array | Int16Array,
    private readonly divisor = 1,
    private readonly table?: Uint32Array,
  ) {
    if (table) return;
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
    table?: Uint32Array,
  ): SparseRows {
    const offsets = new Uint32Array(features.length + 1);
    for (let r = 0; r < features.length; r++) offsets[r + 1] = offsets[r]! + counts[r]!;
    return new SparseRows(features, offsets, classes, values, divisor, table);
  }

  row(feature: string): number | undefined {
    if (this.index) return this.index.get(feature);
    const r = tableRow(this.table!, this.features, feature);
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
