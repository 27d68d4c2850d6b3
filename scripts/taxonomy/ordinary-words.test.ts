import { describe, expect, it } from "vitest";
import { TaxonomyBuilder } from "./builder.ts";
import { mergeOnet } from "./onet.ts";
import { ordinaryWordTest, stemsOf } from "./ordinary-words.ts";

const example = (e: string) => ({
  example: e,
  commodity: "Office suite software",
  hot: false,
  inDemand: false,
});

describe("one-word O*NET product names (issue 14)", () => {
  const isWordOrPlace = ordinaryWordTest(
    new Set(["designer"]),
    ["the", "keynote", "tadpole", "navigator", "dropbox"],
    new Set(["aspen", "new york"]),
    4,
  );

  it("a word of the vocabulary, a frequent word, its plural or a place is an ordinary word", () => {
    expect(isWordOrPlace("designer")).toBe(true);
    expect(isWordOrPlace("keynote")).toBe(true);
    expect(isWordOrPlace("tadpoles")).toBe(true);
    expect(isWordOrPlace("aspen")).toBe(true);
    // Past the frequency cut: a rare token of general text is no ordinary word.
    expect(isWordOrPlace("dropbox")).toBe(false);
    expect(isWordOrPlace("westlaw")).toBe(false);
  });

  it("needs context only for a name that is a word, a place, short or a short acronym", () => {
    const b = new TaxonomyBuilder();
    mergeOnet(
      b,
      ["Dropbox", "Apple iMovie", "Westlaw", "Apple Keynote", "Aspen", "Qux", "ZYXW", "Tadpoles"].map(
        example,
      ),
      new Set(["designer"]),
      isWordOrPlace,
    );
    const ambiguous = Object.fromEntries(b.finish().map((s) => [s.name, s.ambiguous]));
    expect(ambiguous).toEqual({
      Dropbox: false,
      "Apple iMovie": false,
      Westlaw: false,
      "Apple Keynote": true,
      Aspen: true,
      Qux: true,
      ZYXW: true,
      Tadpoles: true,
    });
  });
});

describe("stemsOf", () => {
  it("undoes English endings", () => {
    expect(stemsOf("graphing")).toContain("graph");
    expect(stemsOf("genotyping")).toContain("genotype");
    expect(stemsOf("diagramming")).toContain("diagram");
    expect(stemsOf("sortation")).toContain("sort");
    expect(stemsOf("photogrammetric")).toContain("photogrammetry");
    expect(stemsOf("multitask")).toContain("task");
    expect(stemsOf("dropbox")).toEqual([]);
  });
});
