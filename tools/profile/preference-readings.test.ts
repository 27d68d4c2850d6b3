/**
 * trial13 §13: preferences partly saved. Messages written for this test, read by the one
 * preference reader (tools/gap/stated-preferences.ts `preferencesIn`).
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "../gap/stated-preferences.ts";

describe("preferences said the way people say them", () => {
  it("keeps every place of a list after 'in', in any case", () => {
    expect(
      preferencesIn("ideally something part time in leeds or bradford, around 28k").desiredLocation,
    ).toBe("Leeds or Bradford");
    expect(preferencesIn("I'd work in Glasgow or Edinburgh").desiredLocation).toBe("Glasgow or Edinburgh");
    // Fields of work are no places.
    expect(preferencesIn("looking for work in sales or marketing").desiredLocation).toBeUndefined();
  });

  it("reads a currency said without an amount", () => {
    expect(preferencesIn("euros, not pounds").salaryCurrency).toBe("EUR");
    expect(preferencesIn("i'm in Cardiff. quid not dollars pls").salaryCurrency).toBe("GBP");
    expect(preferencesIn("pay in USD please").salaryCurrency).toBe("USD");
    expect(preferencesIn("I spent a few dollars on a course").salaryCurrency).toBeUndefined();
  });

  it("keeps both when remote and hybrid are both fine", () => {
    expect(preferencesIn("hybrid or remote, not 5 days in an office").remote).toBe("remote_or_hybrid");
    expect(preferencesIn("remote only").remote).toBe("remote");
  });

  it("stores a place without the full stop that ended the sentence", () => {
    expect(preferencesIn("I'm based in Cardiff Wales. Thanks").desiredLocation).toBe("Cardiff Wales");
    expect(preferencesIn("based in Washington D.C.").desiredLocation).toBe("Washington D.C.");
  });
});
