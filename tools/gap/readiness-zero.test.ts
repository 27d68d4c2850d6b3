/**
 * A FIT beside readiness 0 tells two stories: nothing the profile shows meets the ad, yet the
 * learned verdict, leaning on its prior when almost nothing is known, called it a fit ("FIT:
 * readiness 0, 61% chance of fit; the must-haves are met or credibly near" for a developer
 * against kitchen work, team pair unfit-16 in the fit eval).
 */
import { describe, expect, it } from "vitest";
import { decideVerdict } from "./readiness.ts";

const base = {
  probability: 0.61,
  unmet: [],
  hardUnmet: [],
  missingMustHaves: [],
  enoughData: true,
};

describe("readiness 0", () => {
  it("is UNFIT, whatever the learned verdict's prior says, and says why", () => {
    const v = decideVerdict({ ...base, readiness: 0 });
    // Was FIT: "FIT: readiness 0, 61% chance of fit; the must-haves are met or credibly near".
    expect(v.verdict).toBe("UNFIT");
    expect(v.reason).toMatch(/readiness 0/);
    expect(v.reason).not.toMatch(/met or credibly near/);
  });

  it("leaves a low but shown readiness to the learned verdict", () => {
    expect(decideVerdict({ ...base, readiness: 12 }).verdict).toBe("FIT");
  });

  it("keeps a missing must-have's own reason", () => {
    const v = decideVerdict({ ...base, readiness: 0, missingMustHaves: ["Cooking"] });
    expect(v.reason).toMatch(/must-have Cooking not found/);
  });
});
