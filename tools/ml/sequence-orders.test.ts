import { describe, expect, it } from "vitest";
import { trainOrders } from "./sequence-orders.ts";
import { SequencePerceptron, type TrainingSequence } from "./sequence-perceptron.ts";

const LABELS = ["O", "B-X", "I-X"];

const sentence = (words: string, tags: string): TrainingSequence => ({
  features: words.split(" ").map((w) => [`w=${w}`]),
  tags: tags.split(" "),
});

/** Written for this test: "acme" is an X in one sentence of three, "corp" always, "said" never. */
const data = () => [
  sentence("the acme said", "O B-X O"),
  sentence("corp said", "B-X O"),
  sentence("the acme said", "O O O"),
  sentence("the acme said", "O O O"),
  sentence("corp said", "B-X O"),
  sentence("the acme said", "O B-X O"),
];

const weightOf = (json: ReturnType<SequencePerceptron["toJSON"]>, feature: string, label: number) => {
  const pairs = json.weights[feature] ?? [];
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === label) return pairs[i + 1]!;
  return 0;
};

describe("trainOrders: a sequence perceptron averaged over seeded visiting orders", () => {
  const options = { epochs: 6, beam: 4 };

  it("with one order is the plain model of that seed, and the seed changes the order", () => {
    const one = trainOrders(LABELS, data(), { ...options, orders: 1, seed: 3 }).toJSON();
    expect(one).toEqual(SequencePerceptron.train(LABELS, data(), { ...options, seed: 3 }).toJSON());
    expect(SequencePerceptron.train(LABELS, data(), options).toJSON()).not.toEqual(one);
  });

  it("holds the mean of the orders' weights, is deterministic and tags what the data says", () => {
    const seeds = [1, 2, 3].map((seed) =>
      SequencePerceptron.train(LABELS, data(), { ...options, seed }).toJSON(),
    );
    const averaged = trainOrders(LABELS, data(), { ...options, orders: 3, seed: 1 });
    const json = averaged.toJSON();
    for (const [feature, label] of [
      ["w=corp", 1],
      ["w=acme", 1],
      ["w=said", 0],
    ] as const) {
      const mean = seeds.reduce((n, s) => n + weightOf(s, feature, label), 0) / 3;
      expect(weightOf(json, feature, label)).toBeCloseTo(mean, 1);
    }
    expect(json.beam).toBe(4);
    expect(trainOrders(LABELS, data(), { ...options, orders: 3, seed: 1 }).toJSON()).toEqual(json);
    expect(averaged.tag([["w=corp"], ["w=said"]])).toEqual(["B-X", "O"]);
  });
});
