import { describe, expect, it } from "vitest";
import { unicodeBounds, WORD_BOUNDARY } from "./word-bounds.ts";

describe("word boundaries for every alphabet", () => {
  it("a word ending in an accented letter is a whole word", () => {
    const morning = new RegExp(unicodeBounds(String.raw`\b(?:manhã|été)\b`), "iu");
    expect(morning.test("prefiro de manhã")).toBe(true);
    expect(morning.test("l'été, c'est calme")).toBe(true);
    // The ASCII \b these replace: no boundary after "ã", so the same word is not found.
    expect(/\b(?:manhã)\b/iu.test("prefiro de manhã")).toBe(false);
  });

  it("an ASCII word inside an accented one is not a word of its own", () => {
    const s = new RegExp(unicodeBounds(String.raw`\bs\b`), "u");
    expect(s.test("sábado")).toBe(false);
    expect(/\bs\b/u.test("sábado")).toBe(true);
    expect(new RegExp(`${WORD_BOUNDARY}dia${WORD_BOUNDARY}`, "u").test("médias")).toBe(false);
  });

  it("an escaped backslash before b is left as written", () => {
    expect(unicodeBounds(String.raw`a\\b`)).toBe(String.raw`a\\b`);
  });
});
