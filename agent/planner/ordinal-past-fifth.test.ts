import { describe, expect, it } from "vitest";
import { ordinalIndex, pickFromList } from "./slot-words.ts";

describe("ordinals name items past the fifth (a list shows 6-10 after 'more')", () => {
  it("reads words, digits and numbers", () => {
    expect(ordinalIndex("bookmark the 7th")).toBe(6);
    expect(ordinalIndex("save the seventh one")).toBe(6);
    expect(ordinalIndex("bookmark #12")).toBe(11);
    expect(ordinalIndex("number eight please")).toBe(7);
    expect(ordinalIndex("the 2nd")).toBe(1);
    expect(ordinalIndex("the last one")).toBe(-1);
    expect(ordinalIndex("bookmark it")).toBeUndefined();
  });
  it("picks that item of the list shown so far", () => {
    const ids = Array.from({ length: 10 }, (_, i) => String(i + 1));
    expect(pickFromList("bookmark the 7th", ids)).toBe("7");
    expect(pickFromList("bookmark the 11th", ids)).toBeUndefined();
  });
});
