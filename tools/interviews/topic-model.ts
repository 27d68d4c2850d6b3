/**
 * Written by `node --import tsx tools/interviews/eval/fit-topic-model.ts --write`: the hybrid
 * ranking weights and the "bank has the topic" decision, chosen by cross-validation on the
 * dev half of evals/data/retrieval. Do not edit by hand.
 */
export const TOPIC_MODEL = {
  weights: {
    vector: 1,
    lexical: 0.2,
    tags: 0.1,
    role: 0.05,
    coverage: 0.15,
    domain: 0.1,
  },
  decision: {
    mean: [0.3735, 0.4246, 0.5422, 0.0556],
    scale: [0.1431, 0.2249, 0.2704, 0.2291],
    weights: [0.5998, 1.5429, 1.7561, -0.6191],
    bias: 0.0011,
  },
  threshold: 0.25,
};
