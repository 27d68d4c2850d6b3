/**
 * Trial F9.5 / F19.4: the pay figures a negotiation question gives are read, each as what
 * the words around it say it is (offered, the band, earned now, thought of asking), and a
 * bare band after an offer in thousands is in thousands too. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { readNegotiation } from "./negotiation.ts";
import { offerFiguresIn } from "./offer-figures.ts";

describe("offer figures in a negotiation question", () => {
  it("reads an offer and a band given without its unit", () => {
    const f = offerFiguresIn("got an offer yesterday, 118k, and the recruiter said the band is 110-135");
    expect(f.offer?.min).toBe(118_000);
    expect([f.band?.min, f.band?.max]).toEqual([110_000, 135_000]);
  });

  it("reads what they earn now and what they think of asking, in lakhs", () => {
    const f = offerFiguresIn("kitna maangu? 9 LPA theek hai? abhi mera ctc 6.5 LPA hai");
    expect(f.current?.min).toBe(650_000);
    expect(f.asking?.min).toBe(900_000);
  });

  it("keeps decimal and thousands marks inside amounts (not sentence ends)", () => {
    const f = offerFiguresIn("me ofrecieron 41.500 euros al año, ahora gano 36.000 euros");
    expect(f.offer).toMatchObject({ min: 41_500, currency: "EUR" });
    expect(f.current).toMatchObject({ min: 36_000, currency: "EUR" });
  });

  it("a question with no figure gives none", () => {
    expect(offerFiguresIn("how do I negotiate a raise with my manager?")).toEqual({});
  });

  it("places the offer in the band and counters inside it, from the upper quarter to the top", () => {
    const n = readNegotiation(offerFiguresIn("they offered 118k, the band is 110-135"), undefined, undefined);
    expect(n.offerInBand?.share).toBeCloseTo(8 / 25, 5);
    expect(n.offerInBand?.counter).toEqual([130_000, 135_000]);
  });

  it("compares only like with like: a rupee figure is not compared with a dollar one", () => {
    const n = readNegotiation(offerFiguresIn("they offered $90k, I make 12 LPA now"), undefined, undefined);
    expect(n.offerOverCurrent).toBeUndefined();
  });

  it("an offer under the stored minimum says so", () => {
    const n = readNegotiation(
      offerFiguresIn("they offered 70k"),
      { salaryMin: 80_000, salaryPeriod: "year" },
      undefined,
    );
    expect(n.offerVsExpectation).toBe("below");
  });
});
