import { describe, expect, it } from "vitest";
import { shiftsIn, shiftWords, withShifts } from "./shifts.ts";

describe("shift preferences in a person's words", () => {
  it.each([
    ["I can only work nights", "nights only"],
    ["no weekends", "no weekends"],
    ["day shift only", "days only"],
    ["open to rotating shifts", "open to rotating shifts"],
    ["weekends are a no for me", "no weekends"],
    ["nothing overnight please", "no nights"],
    ["me da igual el turno rotativo", "open to rotating shifts"],
    ["je ne travaille pas le week-end", "no weekends"],
    ["ich kann nur nachts arbeiten", "nights only"],
    ["sem fins de semana", "no weekends"],
    ["weekend pe kaam nahi kar sakta", "no weekends"],
    ["only days please, and no weekends", "days only; no weekends"],
  ])("%s -> %s", (text, words) => {
    expect(shiftWords(shiftsIn(text))).toBe(words);
  });

  it.each(["I worked 3 days a week at Tesco", "I have no days off", "I want a job in Leeds", "remote only"])(
    "%s names no shift",
    (text) => {
      expect(shiftsIn(text)).toEqual([]);
    },
  );

  it("a shift said again replaces what was said of it; one only-shift at a time", () => {
    const nights = shiftsIn("nights only");
    const more = withShifts(nights, shiftsIn("no weekends"));
    expect(shiftWords(more)).toBe("nights only; no weekends");
    expect(shiftWords(withShifts(more, shiftsIn("day shift only")))).toBe("no weekends; days only");
  });
});
