/**
 * Issue 13 (sales, health, operations asks said as nouns): "Strong negotiation skills" read the
 * bullet "Negotiated supplier contracts…" at 0.14 and stayed unmet; "communication" and
 * "communicated" shared no duty key and the learned word senses credit them 0. A noun of action
 * and its verb are one word family (word-family.ts), and "<praise> X skills" frames X
 * (duty-match.ts askCore). Lines and asks are written for this test.
 */
import { describe, expect, it } from "vitest";
import { askCore, dutyLineCoverage, phraseMatch } from "./duty-match.ts";
import { familyRoots, sameFamily } from "./word-family.ts";

describe("a noun of action and its verb are one family", () => {
  it("joins the noun an ad asks with the verb a resume says", () => {
    expect(sameFamily("negotiation", "negotiated")).toBe(true);
    expect(sameFamily("communication", "communicated")).toBe(true);
    expect(sameFamily("documentation", "documented")).toBe(true);
    expect(sameFamily("supervision", "supervised")).toBe(true);
    expect(sameFamily("management", "managed")).toBe(true);
  });

  it("does not join short roots or unrelated words", () => {
    expect(sameFamily("station", "stated")).toBe(false);
    expect(sameFamily("nation", "native")).toBe(false);
    expect(sameFamily("negotiation", "navigated")).toBe(false);
    expect(familyRoots("ration").every((r) => r.length >= 5 || r === "ration")).toBe(true);
  });
});

describe("a duty ask said as a noun is met by the line that did it", () => {
  it("frames '<praise> X skills' to X", () => {
    expect(askCore("Strong negotiation skills")).toBe("negotiation");
    expect(askCore("Excellent written communication skills.")).toBe("written communication");
    expect(askCore("Able to handle cargo")).toBe("handle cargo");
  });

  it("reads the verb line for the noun ask", () => {
    const lines = [
      "Negotiated yearly supply contracts with twelve vendors",
      "Answered the phones at the front desk",
    ];
    const hit = phraseMatch("Strong negotiation skills", lines);
    expect(hit?.at).toBe(0);
    expect(hit!.similarity).toBeGreaterThanOrEqual(0.6);
    expect(
      dutyLineCoverage("Clear documentation", "Documented every repair in the log"),
    ).toBeGreaterThanOrEqual(0.7);
  });

  it("a line without the work does not meet it", () => {
    const hit = phraseMatch("Strong negotiation skills", ["Answered the phones at the front desk"]);
    expect(hit!.similarity).toBeLessThan(0.6);
  });
});
