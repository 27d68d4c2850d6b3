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

/**
 * Fold of each pair such that pairs sharing a resume or an ad never sit on both sides of a fold
 * (`keys[i]`: pair i's resume and ad): the pairs are joined into groups (connected through any
 * shared key), the groups are shuffled by `seed` (foldAssignment's generator; 0 keeps their order)
 * and dealt largest first to the fold holding the fewest pairs. Without grouping a resume seen
 * with another ad in training tells the model about the held-out pair, and the out-of-fold
 * numbers flatter it.
 */
export function groupedFoldAssignment(
  keys: readonly (readonly string[])[],
  folds: number,
  seed: number,
): number[] {
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    if (!parent.has(k)) parent.set(k, k);
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const pairKeys of keys) {
    const [first, ...rest] = pairKeys.map(root);
    for (const other of rest) if (first && other !== first) parent.set(other, first);
  }
  const groups = new Map<string, number[]>();
  keys.forEach((pairKeys, i) => {
    const g = pairKeys.length > 0 ? root(pairKeys[0]!) : `#${i}`;
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const list = [...groups.values()];
  const shuffled = foldAssignment(list.length, list.length, seed);
  const order = list
    .map((members, i) => ({ members, at: shuffled[i]! }))
    .sort((a, b) => b.members.length - a.members.length || a.at - b.at);
  const size = new Array<number>(folds).fill(0);
  const fold = new Array<number>(keys.length);
  for (const { members } of order) {
    const to = size.indexOf(Math.min(...size));
    for (const i of members) fold[i] = to;
    size[to]! += members.length;
  }
  return fold;
}
