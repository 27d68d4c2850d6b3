import { describe, expect, it } from "vitest";
import { shiftsAsked } from "./shifts-in-ads.ts";

describe("the shifts an ad asks for", () => {
  it("reads the shift forms ads write", () => {
    expect(shiftsAsked("Overnight shift, weekends required.")).toEqual(["night", "weekend"]);
    expect(shiftsAsked("You will work a rotating schedule incl. evening shifts")).toEqual([
      "evening",
      "rotating",
    ]);
  });
  it("reads no shift from a bare 'days' and none the ad rules out", () => {
    expect(shiftsAsked("Apply within 30 days. 5 days a week.")).toEqual([]);
    expect(shiftsAsked("Monday to Friday, no weekends.")).toEqual([]);
  });
});
