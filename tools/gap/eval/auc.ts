/** Area under the ROC curve: the chance a random positive scores above a random negative (ties half). */
export function auc(scores: readonly number[], ys: readonly number[]): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < scores.length; i++)
    for (let j = 0; j < scores.length; j++) {
      if (ys[i] !== 1 || ys[j] !== 0) continue;
      n++;
      s += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  return n ? s / n : Number.NaN;
}
