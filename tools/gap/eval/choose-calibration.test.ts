import { describe, expect, it } from "vitest";
import { chooseCalibration } from "./choose-calibration.ts";

describe("the verdict fit's calibration choice", () => {
  it("keeps the map with the better cross-validated log loss, not the lower 10-bin ECE", () => {
    // The 2026-12-03 measurement: Platt had the lower ECE by one pair's bin move, and the
    // worse proper score (the choice by ECE kept it).
    const none = { method: "none", summary: { logLoss: 0.43, ece: 0.169 } };
    const platt = { method: "platt", summary: { logLoss: 0.45, ece: 0.143 } };
    expect(chooseCalibration([none, platt]).method).toBe("none");
    expect(chooseCalibration([platt, none]).method).toBe("none");
  });

  it("breaks a log-loss tie by Brier before ECE", () => {
    const a = { method: "a", summary: { logLoss: 0.43, brier: 0.11, ece: 0.1 } };
    const b = { method: "b", summary: { logLoss: 0.43, brier: 0.1, ece: 0.12 } };
    expect(chooseCalibration([a, b]).method).toBe("b");
  });

  it("falls back to ECE when the log losses tie", () => {
    const a = { method: "a", summary: { logLoss: 0.43, ece: 0.12 } };
    const b = { method: "b", summary: { logLoss: 0.43, ece: 0.1 } };
    expect(chooseCalibration([a, b]).method).toBe("b");
  });
});
