import { describe, expect, it } from "vitest";
import { chooseSetting } from "./choose-setting.ts";

const row = (l2: number, accuracy: number, ece: number, logLoss: number) => ({
  l2,
  method: `m${l2}`,
  summary: { accuracy, ece, logLoss },
});

describe("the verdict fit's setting choice (grouped out of fold)", () => {
  it("keeps the most accurate calibrated setting, not the lowest log loss alone", () => {
    const got = chooseSetting([
      row(5, 0.84, 0.03, 0.37),
      row(20, 0.87, 0.05, 0.39),
      row(30, 0.88, 0.09, 0.36),
    ]);
    expect(got.l2).toBe(20);
  });

  it("breaks a near tie in accuracy by log loss, then by the stronger L2", () => {
    expect(chooseSetting([row(5, 0.87, 0.03, 0.4), row(12, 0.868, 0.03, 0.38)]).l2).toBe(12);
    expect(chooseSetting([row(5, 0.87, 0.03, 0.38), row(30, 0.87, 0.03, 0.38)]).l2).toBe(30);
  });

  it("leaves out a setting whose dev part is miscalibrated out of fold", () => {
    const got = chooseSetting([
      { l2: 5, summary: { accuracy: 0.86, ece: 0.04, logLoss: 0.38, devEce: 0.07 } },
      { l2: 20, summary: { accuracy: 0.87, ece: 0.05, logLoss: 0.39, devEce: 0.11 } },
    ]);
    expect(got.l2).toBe(5);
  });

  it("falls back to every setting when none is calibrated within the bound", () => {
    expect(chooseSetting([row(5, 0.8, 0.1, 0.4), row(12, 0.82, 0.12, 0.41)]).l2).toBe(12);
  });
});
