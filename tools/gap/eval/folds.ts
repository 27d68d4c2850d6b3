/**
 * Fold assignments for the verdict fit's cross-validations (verdict-fit.ts, cross-validate.ts).
 */
export /** Fold of each of n pairs: i % folds, or of a seeded shuffle (a fixed linear congruential generator). */
function foldAssignment(n: number, folds: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = n - 1; i > 0 && seed !== 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(n);
  order.forEach((pair, position) => {
    fold[pair] = position % folds;
  });
  return fold;
}
