/**
 * Issue 13 (kindred roles): "Warehouse Lead" is no O*NET title, so it named no occupation and
 * no kindred reading of the person's work could start. Placed through the listed title one word
 * away by a swap ESCO and O*NET titles make (swapped-title.ts): a warehouse supervisor's occupations.
 */
import { describe, expect, it } from "vitest";
import { occupationsOfTitle } from "./occupation-kinship.ts";
import { swappedTitleCodes } from "./swapped-title.ts";

describe("a title O*NET does not list", () => {
  it("a warehouse lead is placed with the warehouse's first-line supervisors", () => {
    expect(occupationsOfTitle("Warehouse Lead")).toContain("53-1042.00");
  });

  it("a title O*NET lists keeps its own occupations", () => {
    expect(occupationsOfTitle("Software Developer")).toEqual(["15-1252.00"]);
  });

  it("a one-word title is not swapped away", () => {
    expect(swappedTitleCodes("Lead")).toEqual([]);
  });
});
