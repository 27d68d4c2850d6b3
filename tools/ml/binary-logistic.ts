/**
 * Binary logistic regression over sparse binary features, kept as one weight per feature and
 * packed for a fast first load. It is trained as a two-class softmax regression (the shared
 * trainer, softmax-regression.ts) and folded: with classes 0 and 1,
 * P(1) = sigmoid((b1 - b0) + x * sum(w1 - w0)), the same probability with half the weights.
 *
 * The packed form is the feature names joined by newlines and the weights as a base64
 * little-endian Float32Array: a model file of a few hundred KB parses in well under a
 * millisecond as two strings, where a JSON array of arrays costs several.
 */
import type { SoftmaxJSON } from "./softmax-regression.ts";

export interface PackedLogisticJSON {
  bias: number;
  /** Feature names, newline-separated (a name never holds a newline). */
  features: string;
  /** Weights in feature order: base64 of a little-endian Float32Array. */
  weights: string;
}

export class BinaryLogistic {
  private constructor(
    readonly bias: number,
    private readonly weights: Map<string, number>,
  ) {}

  /** Folds a two-class softmax model into one weight per feature (P of `positive`). */
  static fromSoftmax(json: SoftmaxJSON, positive: string): BinaryLogistic {
    const p = json.classes.indexOf(positive);
    if (p < 0 || json.classes.length !== 2) throw new Error(`not a two-class model with class ${positive}`);
    const sign = (c: number) => (c === p ? 1 : -1);
    const weights = new Map<string, number>();
    json.features.forEach((f, i) => {
      const flat = json.weights[i]!;
      let w = 0;
      for (let k = 0; k < flat.length; k += 2) w += sign(flat[k]!) * flat[k + 1]!;
      // Float32 as stored, so a model built in memory scores as the packed one does.
      if (w !== 0) weights.set(f, Math.fround(w));
    });
    return new BinaryLogistic(Math.fround(json.bias[p]! - json.bias[1 - p]!), weights);
  }

  /**
   * P(positive) for one example of distinct features (the trainer counts a feature once): as the
   * softmax trainer scores, binary features scaled to unit length over the features the model
   * knows.
   */
  probability(features: readonly string[]): number {
    let sum = 0;
    let known = 0;
    for (const f of features) {
      const w = this.weights.get(f);
      if (w === undefined) continue;
      sum += w;
      known++;
    }
    const z = this.bias + sum / Math.sqrt(Math.max(1, known));
    return 1 / (1 + Math.exp(-z));
  }

  get size(): number {
    return this.weights.size;
  }

  pack(): PackedLogisticJSON {
    const names = [...this.weights.keys()].sort();
    const values = new Float32Array(names.map((n) => this.weights.get(n)!));
    return {
      bias: this.bias,
      features: names.join("\n"),
      weights: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64"),
    };
  }

  static unpack(json: PackedLogisticJSON): BinaryLogistic {
    const names = json.features === "" ? [] : json.features.split("\n");
    // A copy: a decoded Buffer may sit at an offset of the shared pool no Float32Array can start at.
    const values = new Float32Array(Uint8Array.from(Buffer.from(json.weights, "base64")).buffer);
    if (values.length !== names.length)
      throw new Error(`packed logistic model: ${names.length} features but ${values.length} weights`);
    const weights = new Map<string, number>();
    for (let i = 0; i < names.length; i++) weights.set(names[i]!, values[i]!);
    return new BinaryLogistic(json.bias, weights);
  }
}
