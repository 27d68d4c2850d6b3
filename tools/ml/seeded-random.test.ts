import { describe, expect, it } from "vitest";
import { keyedOrder, seededRandom, stringKey } from "./seeded-random.ts";
import { SoftmaxRegression } from "./softmax-regression.ts";

describe("keyed order (training orders that survive added lines)", () => {
  const words = Array.from({ length: 200 }, (_, i) => `line ${i}`);
  const keys = words.map(stringKey);

  it("is a permutation that another salt changes", () => {
    const a = keyedOrder(keys, 1);
    expect([...a].sort((x, y) => x - y)).toEqual(words.map((_, i) => i));
    expect(keyedOrder(keys, 2)).not.toEqual(a);
    expect(keyedOrder(keys, 1)).toEqual(a);
  });

  it("keeps the other items' relative order when one is added, unlike a seeded shuffle", () => {
    const withOne = [...words.slice(0, 100), "a new line", ...words.slice(100)];
    const before = keyedOrder(keys, 5).map((i) => words[i]);
    const after = keyedOrder(withOne.map(stringKey), 5)
      .map((i) => withOne[i])
      .filter((w) => w !== "a new line");
    expect(after).toEqual(before);

    // What the Fisher-Yates shuffle it replaced did: one more item re-deals the rest.
    const shuffled = (items: string[]) => {
      const next = seededRandom(5);
      const o = [...items];
      for (let i = o.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [o[i], o[j]] = [o[j]!, o[i]!];
      }
      return o;
    };
    expect(shuffled(withOne).filter((w) => w !== "a new line")).not.toEqual(shuffled(words));
  });
});

describe("softmax regression trained in keyed orders", () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      features: [`w${i % 7}`, `v${i % 5}`, `u${i % 3}`],
      label: i % 3 === 0 ? "a" : i % 3 === 1 ? "b" : "c",
    }));

  it("gives the same model whatever order the examples come in", () => {
    const data = rows(60);
    const reversed = [...data].reverse();
    const a = SoftmaxRegression.train(data, { minCount: 1 }).probabilities(["w1", "v2"]);
    const b = SoftmaxRegression.train(reversed, { minCount: 1 }).probabilities(["w1", "v2"]);
    for (const [label, p] of a) expect(b.get(label)).toBeCloseTo(p, 12);
  });
});
