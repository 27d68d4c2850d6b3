/**
 * Multinomial logistic regression over sparse binary features (feature names as strings),
 * trained by stochastic gradient descent with L2 shrinkage. No npm package fits: the ones listed
 * (ml-logistic-regression, natural's) are one-vs-rest over dense matrices, minutes and
 * hundreds of MB for ~40k n-gram features; this is the few lines they would wrap.
 *
 * Deterministic: weights start at zero and examples are visited in an order drawn from a
 * fixed seed and each example's own content, so the same data gives the same model and one more
 * example leaves the others' order alone.
 */

import { keyedOrder, stringKey } from "./seeded-random.ts";
import { SparseRows } from "./sparse-rows.ts";

export interface SoftmaxOptions {
  epochs: number;
  /** Step size of the first epoch. */
  rate: number;
  /** L2 shrinkage per step on the weights an example touches. */
  l2: number;
  /** Features seen in fewer training examples than this are dropped. */
  minCount: number;
  seed: number;
  /**
   * Runs of SGD, each visiting the examples in its own seeded order, whose weights are
   * averaged. One run's weights depend on the order it drew: add a few lines and the order
   * changes, and messages near a boundary flip although nothing about them changed. The
   * average of several orders keeps what the data says and evens out what the order said.
   */
  orders: number;
  /**
   * Epochs at the end of each run whose closing weights are averaged (1: the last epoch's
   * alone). SGD's last steps still wander with the order; the mean of the last few epochs'
   * weights is where they wander around, a cheap way to the same model from other orders.
   */
  tail: number;
  /**
   * Class balance: each example's step is scaled by (its class's examples / the mean per class)
   * to the power -balance, so a class taught in few lines weighs as if taught in more (0: off).
   */
  balance?: number;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = {
  epochs: 10,
  rate: 4,
  l2: 1e-5,
  minCount: 2,
  seed: 7,
  orders: 1,
  tail: 1,
};

/**
 * What the model file holds: the features, and per feature its weights that matter as a
 * flat [class, weight, class, weight, ...] list (flat arrays parse several times faster
 * than pairs, and load time is budgeted).
 */
export interface SoftmaxJSON {
  classes: string[];
  bias: number[];
  features: string[];
  weights: number[][];
}

/**
 * The weights packed for a model whose load time is budgeted (the intent model's binary file,
 * agent/planner/nlu/model-file.ts). Per feature, in `features` order: how many weights it keeps
 * (`counts`), their classes (`classIndex`) and the weights in thousandths (`thousandths`).
 * toJSON rounds every weight to a thousandth, so k / 1000 is the very number the JSON form
 * parses to: predictions are identical.
 */
export interface PackedSoftmaxArrays {
  classes: string[];
  bias: number[];
  features: string[];
  /** Thousandths as Int16 when every one fits (halves the intent model's largest section). */
  arrays: {
    counts: Uint16Array;
    classIndex: Uint16Array;
    thousandths: Int32Array | Int16Array;
    /** The features' lookup table (feature-table.ts), when stored with them. */
    table?: Uint32Array;
  };
}

/** `json`'s weights as per-feature counts, classes and thousandths (PackedSoftmaxArrays says how). */
export function packSoftmaxArrays(json: SoftmaxJSON): PackedSoftmaxArrays {
  const total = json.weights.reduce((n, w) => n + w.length / 2, 0);
  const counts = new Uint16Array(json.features.length);
  const classIndex = new Uint16Array(total);
  const wide = new Int32Array(total);
  let k = 0;
  json.weights.forEach((flat, i) => {
    counts[i] = flat.length / 2;
    for (let j = 0; j < flat.length; j += 2) {
      classIndex[k] = flat[j]!;
      wide[k++] = Math.round(flat[j + 1]! * 1e3);
    }
  });
  return {
    classes: json.classes,
    bias: json.bias,
    features: json.features,
    arrays: { counts, classIndex, thousandths: narrowed(wide) },
  };
}

/** The thousandths as Int16 when every one fits (|weight| < 32.768), else as they are. */
export function narrowed(thousandths: Int32Array | Int16Array): Int32Array | Int16Array {
  if (thousandths instanceof Int16Array) return thousandths;
  return thousandths.every((t) => t >= -32768 && t <= 32767) ? Int16Array.from(thousandths) : thousandths;
}

/** Errors this small move no weight (see train). */
const SKIP = 1e-3;

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]! - max);
    sum += z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i]! /= sum;
}

/** One SGD run in the orders `o.seed` draws (one per epoch): trains `weights` in place, returns the bias. */
function sgd(
  data: { features: string[]; label: string }[],
  weights: Map<string, Float64Array>,
  classIndex: Map<string, number>,
  C: number,
  o: SoftmaxOptions,
): Float64Array {
  const bias = new Float64Array(C);
  const perClass = new Float64Array(C);
  for (const d of data) perClass[classIndex.get(d.label)!]! += 1;
  const mean = data.length / C;
  const rows = data.map((d) => {
    const fs = [...new Set(d.features)].filter((f) => weights.has(f)).sort();
    const y = classIndex.get(d.label)!;
    const weight = o.balance ? (perClass[y]! / mean) ** -o.balance : 1;
    return { w: fs.map((f) => weights.get(f)!), y, weight };
  });
  // Each example's key is its content, so its place in every epoch's order does not depend on
  // which other examples are there (keyedOrder says why that matters for retraining).
  const keys = data.map((d) => stringKey(`${d.label}\u0000${[...d.features].sort().join("\u0001")}`));
  const z = new Float64Array(C);
  const tail = Math.max(1, Math.min(o.tail, o.epochs));
  const weightList = [...new Set(rows.flatMap((r) => r.w))];
  const tailSum = tail > 1 ? weightList.map((w) => new Float64Array(w.length)) : [];
  const tailBias = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = keyedOrder(keys, o.seed * 1009 + epoch);
    const rate = o.rate / (1 + epoch / 2);
    for (const r of order) {
      const row = rows[r]!;
      // Binary features scaled to unit length, so long messages do not shout.
      const x = 1 / Math.sqrt(Math.max(1, row.w.length));
      z.set(bias);
      for (const w of row.w) for (let c = 0; c < C; c++) z[c]! += w[c]! * x;
      softmaxInPlace(z);
      for (let c = 0; c < C; c++) {
        const err = (z[c]! - (c === row.y ? 1 : 0)) * row.weight;
        // Classes the example already rules out are left alone: faster, and most
        // weights stay zero, which keeps the model file small.
        if (Math.abs(err) < SKIP) continue;
        bias[c]! -= rate * err;
        const step = rate * err * x;
        for (const w of row.w) w[c]! -= step + rate * o.l2 * w[c]!;
      }
    }
    if (tail > 1 && epoch >= o.epochs - tail) {
      weightList.forEach((w, k) => {
        const acc = tailSum[k]!;
        for (let c = 0; c < C; c++) acc[c]! += w[c]! / tail;
      });
      for (let c = 0; c < C; c++) tailBias[c]! += bias[c]! / tail;
    }
  }
  if (tail === 1) return bias;
  weightList.forEach((w, k) => {
    w.set(tailSum[k]!);
  });
  return tailBias;
}

export class SoftmaxRegression {
  private constructor(
    readonly classes: string[],
    private readonly bias: Float64Array,
    /** Per feature, its non-zero weights (sparse-rows.ts says why not dense). */
    private readonly weights: SparseRows,
  ) {}

  static train(
    data: { features: string[]; label: string }[],
    options: Partial<SoftmaxOptions> = {},
  ): SoftmaxRegression {
    const o = { ...DEFAULT_SOFTMAX, ...options };
    const classes = [...new Set(data.map((d) => d.label))].sort();
    const C = classes.length;
    const classIndex = new Map(classes.map((c, i) => [c, i]));
    const counts = new Map<string, number>();
    for (const d of data) for (const f of new Set(d.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
    const weights = new Map<string, Float64Array>();
    for (const [f, n] of counts)
      if (n >= o.minCount) {
        weights.set(f, new Float64Array(C));
      }
    const feats = [...weights.keys()];
    const bias = new Float64Array(C);
    const sum = new Map(feats.map((f) => [f, new Float64Array(C)]));
    for (let run = 0; run < o.orders; run++) {
      // Each run starts from zero; its weights are added to the sum, then reset.
      const learned = sgd(data, weights, classIndex, C, { ...o, seed: o.seed + run });
      for (let c = 0; c < C; c++) bias[c]! += learned[c]! / o.orders;
      for (const f of feats) {
        const w = weights.get(f)!;
        const acc = sum.get(f)!;
        for (let c = 0; c < C; c++) {
          acc[c]! += w[c]! / o.orders;
          w[c] = 0;
        }
      }
    }
    return new SoftmaxRegression(classes, bias, SparseRows.fromDense(sum));
  }

  /** Class probabilities for one example, summing to 1. */
  probabilities(features: string[]): Map<string, number> {
    const z = new Float64Array(this.bias);
    const known = [...new Set(features)].map((f) => this.weights.row(f)).filter((r) => r !== undefined);
    const x = 1 / Math.sqrt(Math.max(1, known.length));
    for (const r of known) this.weights.addTo(z, r, x);
    softmaxInPlace(z);
    return new Map(this.classes.map((c, i) => [c, z[i]!]));
  }

  /**
   * Weights below `floor` in size are left out of the file: at 0.05 every training
   * example keeps its top intent (0.1 still did), and the file is a third of the size.
   */
  toJSON(floor = 0.05): SoftmaxJSON {
    const round = (v: number) => Math.round(v * 1e3) / 1e3;
    const features: string[] = [];
    const weights: number[][] = [];
    const order = this.weights.features.map((f, r) => [f, r] as const);
    for (const [f, r] of order.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const kept: number[] = [];
      for (const [c, v] of this.weights.pairs(r)) if (Math.abs(v) >= floor) kept.push(c, round(v));
      if (kept.length) {
        features.push(f);
        weights.push(kept);
      }
    }
    return { classes: this.classes, bias: [...this.bias].map(round), features, weights };
  }

  static fromJSON(json: SoftmaxJSON | PackedSoftmaxArrays): SoftmaxRegression {
    if ("arrays" in json) return SoftmaxRegression.fromArrays(json);
    const counts = new Uint16Array(json.features.length);
    const classes: number[] = [];
    const values: number[] = [];
    json.weights.forEach((flat, i) => {
      counts[i] = flat.length / 2;
      for (let k = 0; k < flat.length; k += 2) {
        classes.push(flat[k]!);
        values.push(flat[k + 1]!);
      }
    });
    const rows = SparseRows.fromCounts(
      json.features,
      counts,
      Uint16Array.from(classes),
      Float64Array.from(values),
    );
    return new SoftmaxRegression(json.classes, Float64Array.from(json.bias), rows);
  }

  private static fromArrays(json: PackedSoftmaxArrays): SoftmaxRegression {
    const { counts, classIndex, thousandths, table } = json.arrays;
    // k / 1e3 at each use is the very number the JSON form parses to (see PackedSoftmaxArrays).
    const rows = SparseRows.fromCounts(json.features, counts, classIndex, thousandths, 1e3, table);
    return new SoftmaxRegression(json.classes, Float64Array.from(json.bias), rows);
  }
}
