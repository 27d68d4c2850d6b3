/**
 * Words that swap for each other in labels of one thing: two labels of the same length that
 * differ in one word ("warehouse lead" / "warehouse supervisor") make that pair of words a swap,
 * counted once per thing (occupation, skill) that has it; pairs made by fewer than `min` things
 * are dropped. One procedure for the title swaps (build-title-swaps.ts) and the duty-word swaps
 * (build-duty-words.ts), which had two copies of it.
 */

/** Word -> the words it swaps with, each with the number of things that swap them. */
export function oneWordSwaps(
  labelsOfEach: string[][][],
  min: number,
  order: "count" | "alphabetical",
): Record<string, Record<string, number>> {
  const seen = new Map<string, Set<number>>();
  labelsOfEach.forEach((labels, thing) => {
    const unique = [...new Map(labels.map((l) => [l.join(" "), l])).values()];
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        if (a.length !== b.length) continue;
        const diff = a.flatMap((w, k) => (w === b[k] ? [] : [k]));
        if (diff.length !== 1) continue;
        const [x, y] = [a[diff[0]!]!, b[diff[0]!]!].sort();
        const key = `${x} ${y}`;
        const things = seen.get(key) ?? new Set<number>();
        things.add(thing);
        seen.set(key, things);
      }
  });
  const out = new Map<string, Map<string, number>>();
  for (const [key, things] of seen) {
    if (things.size < min) continue;
    const [x, y] = key.split(" ") as [string, string];
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      const list = out.get(p) ?? new Map<string, number>();
      list.set(q, things.size);
      out.set(p, list);
    }
  }
  const sorted = (m: Map<string, number>) =>
    Object.fromEntries(
      [...m].sort(([a, n], [b, k]) => (order === "count" ? k - n : 0) || a.localeCompare(b)),
    );
  return Object.fromEntries([...out.keys()].sort().map((w) => [w, sorted(out.get(w)!)]));
}
