/**
 * Written by `node --import tsx tools/interviews/eval/fit-key-point-model.ts --write` from
 * evals/data/key-point-pairs. Do not edit by hand.
 */
export const KEY_POINT_MODEL = {
  fit: {
    mean: [0.0559, 0.3833, 0.3279, 0.1385],
    scale: [0.1127, 0.1536, 0.3026, 0.1145],
    weights: [0, 0.6103, 0.3789, 0.1005],
    bias: -0.3395,
  },
  covered: 0.55,
};
