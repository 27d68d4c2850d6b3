/**
 * Written by `node --import tsx tools/interviews/eval/fit-topic-model.ts --write`: the hybrid
 * ranking weights and the "bank has the topic" decision, chosen by cross-validation on the
 * dev half of evals/data/retrieval. Do not edit by hand.
 */
export const TOPIC_MODEL = {
  weights: {
    vector: 1,
    lexical: 0.1,
    tags: 0.1,
    role: 0.05,
    coverage: 0.2,
    domain: 0.1,
  },
  decision: {
    mean: [0.4039, 0.4512, 0.5856, 0.0392],
    scale: [0.1308, 0.2205, 0.2706, 0.1941],
    weights: [0.439, 1.0396, 1.6153, -0.4715],
    bias: 0.4274,
  },
  threshold: 0.25,
};
