import { describe, expect, it } from "vitest";
import { BinaryLogistic } from "./binary-logistic.ts";
import { SoftmaxRegression } from "./softmax-regression.ts";

// A toy task: "good" words make class 1, "bad" words class 0.
const data = [
  ...["good a", "good b", "good c", "good bad", "good d"].map((s) => ({
    features: s.split(" "),
    label: "1",
  })),
  ...["bad a", "bad b", "bad c", "bad good", "bad e"].map((s) => ({ features: s.split(" "), label: "0" })),
];

describe("binary logistic regression folded from the two-class softmax", () => {
  const softmax = SoftmaxRegression.train(data, { epochs: 20, rate: 0.5, minCount: 1 });
  const folded = BinaryLogistic.fromSoftmax(softmax.toJSON(), "1");

  it("gives the softmax model's probability of the positive class", () => {
    const json = SoftmaxRegression.fromJSON(softmax.toJSON());
    for (const features of [["good"], ["bad"], ["good", "a"], ["unknown"]])
      expect(folded.probability(features)).toBeCloseTo(json.probabilities(features).get("1")!, 5);
    expect(folded.probability(["good"])).toBeGreaterThan(0.5);
    expect(folded.probability(["bad"])).toBeLessThan(0.5);
  });

  it("scores the same after packing and unpacking", () => {
    const packed = JSON.parse(JSON.stringify(folded.pack()));
    const unpacked = BinaryLogistic.unpack(packed);
    expect(unpacked.size).toBe(folded.size);
    for (const features of [["good"], ["bad", "c"], ["e"]])
      expect(unpacked.probability(features)).toBe(folded.probability(features));
  });

  it("refuses a packed file whose names and weights disagree", () => {
    const packed = folded.pack();
    expect(() => BinaryLogistic.unpack({ ...packed, features: `${packed.features}\nextra` })).toThrow(
      /features/,
    );
  });
});
