import { describe, expect, it } from "vitest";
import { thresholdGate } from "./employer-threshold-gate.ts";

describe("the employer build's threshold gate", () => {
  it("keeps the committed thresholds when the out-of-fold gain is within twice its paired spread", () => {
    // This session's sweep: 0.615 against 0.614 on the PDF reads, a paired sd near 0.007.
    expect(thresholdGate({ mean: 0.001, sd: 0.007, low: -0.01, high: 0.012 }).keep).toBe("committed");
    expect(thresholdGate({ mean: -0.004, sd: 0.002, low: -0.008, high: 0 }).keep).toBe("committed");
  });

  it("takes the picked thresholds only when the gain clears the margin and stays above 0 in 95% of samples", () => {
    expect(thresholdGate({ mean: 0.02, sd: 0.005, low: 0.012, high: 0.028 }).keep).toBe("picked");
    expect(thresholdGate({ mean: 0.02, sd: 0.005, low: -0.001, high: 0.03 }).keep).toBe("committed");
    expect(thresholdGate({ mean: 0.02, sd: 0.005, low: 0.01, high: 0.03 }, 5).keep).toBe("committed");
  });
});
