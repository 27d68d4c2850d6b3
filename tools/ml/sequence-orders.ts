/**
 * A sequence perceptron trained in several visiting orders and averaged. One averaged
 * perceptron depends on the order it saw its sequences in: a change to a few tokens of two
 * resumes out of 472 reorders every later update, and the rebuilt resume labeller moved a
 * field's F1 by 0.02 with nothing learned differently. The mean of the weights of models
 * trained in `orders` seeded orders keeps what the data says and evens out what the order
 * said (softmax-regression.ts does the same for the employer scorer). Still one linear model,
 * so tagging costs what one model costs.
 */
import type { SparseWeights } from "./packed-weights.ts";
import { SequencePerceptron, type TrainingSequence, type TrainOptions } from "./sequence-perceptron.ts";

export interface OrderOptions extends TrainOptions {
  /** How many orders to average (1: the plain model of `seed`). */
  orders?: number;
}

export function trainOrders(
  labels: string[],
  data: TrainingSequence[],
  options: OrderOptions,
): SequencePerceptron {
  const orders = Math.max(1, options.orders ?? 1);
  const first = options.seed ?? 1;
  if (orders === 1) return SequencePerceptron.train(labels, data, options);
  const sums = new Map<string, Float64Array>();
  for (let run = 0; run < orders; run++) {
    const json = SequencePerceptron.train(labels, data, { ...options, seed: first + run }).toJSON(0);
    for (const [feature, pairs] of Object.entries(json.weights)) {
      const row = sums.get(feature) ?? new Float64Array(labels.length);
      sums.set(feature, row);
      for (let i = 0; i < pairs.length; i += 2) row[pairs[i]!]! += pairs[i + 1]! / orders;
    }
  }
  const weights: SparseWeights = {};
  for (const [feature, row] of sums) {
    const pairs: number[] = [];
    // Rounded as one model's toJSON rounds, so the stored file stays as small.
    row.forEach((w, label) => {
      const rounded = Math.round(w * 100) / 100;
      if (rounded !== 0) pairs.push(label, rounded);
    });
    if (pairs.length) weights[feature] = pairs;
  }
  return SequencePerceptron.fromJSON({ labels, weights, beam: options.beam });
}
