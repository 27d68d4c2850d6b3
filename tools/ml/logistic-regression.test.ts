import { describe, expect, it } from "vitest";
import { fitLogisticRegression, logOdds, sigmoid } from "./logistic-regression.ts";

// 100 examples at x = 1 with 80 positives, 100 at x = 0 with 20: the true P(y | x) is 0.8 / 0.2.
const X = [...Array.from({ length: 100 }, () => [1]), ...Array.from({ length: 100 }, () => [0])];
const y = [
  ...X.slice(0, 100).map((_, i) => (i < 80 ? 1 : 0)),
  ...X.slice(100).map((_, i) => (i < 20 ? 1 : 0)),
];
const options = { l2: 0, steps: 4000, rate: 0.5 };

describe("logistic regression fitted through a shown shrink", () => {
  it("fits the raw probability when no shrink is given", () => {
    const fit = fitLogisticRegression(X, y, options);
    expect(sigmoid(logOdds(fit, [1]))).toBeCloseTo(0.8, 2);
  });

  it("makes the probability as shown (moved toward 0.5) the calibrated one", () => {
    // Every example's probability is shown at 80% of its distance from 0.5 (missing data).
    const shrink = X.map(() => 0.8);
    const fit = fitLogisticRegression(X, y, { ...options, shrink });
    const shown = (x: number) => 0.5 + (sigmoid(logOdds(fit, [x])) - 0.5) * 0.8;
    // Was 0.74 / 0.26: a fit blind to the shrink shows every clear case too modestly.
    expect(shown(1)).toBeCloseTo(0.8, 2);
    expect(shown(0)).toBeCloseTo(0.2, 2);
  });
});

describe("logistic regression with example weights", () => {
  it("a weight of 2 counts an example as two copies of it", () => {
    // At x = 1: positives weighted 2 against unweighted negatives -> 160 / (160 + 20) = 0.889.
    const weights = y.map((label, i) => (i < 100 && label === 1 ? 2 : 1));
    const weighted = fitLogisticRegression(X, y, { ...options, weights });
    const copied = fitLogisticRegression(
      [...X, ...X.filter((_, i) => i < 100 && y[i] === 1)],
      [...y, ...y.filter((label, i) => i < 100 && label === 1)],
      options,
    );
    expect(sigmoid(logOdds(weighted, [1]))).toBeCloseTo(160 / 180, 2);
    expect(sigmoid(logOdds(weighted, [1]))).toBeCloseTo(sigmoid(logOdds(copied, [1])), 2);
  });

  it("equal weights change nothing", () => {
    const plain = fitLogisticRegression(X, y, options);
    const same = fitLogisticRegression(X, y, { ...options, weights: X.map(() => 3) });
    expect(same.weights).toEqual(plain.weights);
    expect(same.bias).toBe(plain.bias);
  });
});
