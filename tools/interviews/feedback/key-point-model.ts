/**
 * Written by `node --import tsx tools/interviews/eval/fit-key-point-model.ts --write` from
 * evals/data/key-point-pairs. Do not edit by hand.
 */
export const KEY_POINT_MODEL = {
  fit: {
    mean: [0.0559, 0.3838, 0.3308, 0.1385],
    scale: [0.1127, 0.1538, 0.3058, 0.1145],
    weights: [0, 0.6383, 0.3232, 0.1075],
    bias: -0.3399,
  },
  covered: 0.55,
};
