import { describe, expect, it } from "vitest";
import { tokenFeatures } from "./features.ts";
import { tokenize } from "./tokens.ts";

/** The features of the word after the dates, but those that name the year word itself. */
const featuresAfter = (dates: string) => {
  const tokens = tokenize(`Harbourside Bicycle Co-op\n${dates}\nBike Mechanic`);
  const at = tokens.findIndex((t) => t.text === "Bike");
  return tokenFeatures(tokens)[at]!.filter((f) => !/(?:2019|20xx)[|]|(?:2019|20xx)$/.test(f));
};

describe("labeller features of placeholder years", () => {
  // Invented lines. A year a template hides is still where the dates are: the job's title and
  // employer beside it should look as they do beside a real year.
  it("reads '20XX' and '201X' as years, as the date reader does", () => {
    expect(featuresAfter("20XX - 20XX")).toEqual(featuresAfter("2019 - 2019"));
    expect(featuresAfter("19xx-20xx")).toEqual(featuresAfter("2019-2019"));
  });

  it("reads no other word with x in it as a year", () => {
    expect(featuresAfter("20XXL - 20XXL")).not.toEqual(featuresAfter("2019 - 2019"));
  });
});
