import { describe, expect, it } from "vitest";
import { parseFutureInstant } from "./dates.ts";
import { relativeDays } from "./relative-days.ts";

describe("relativeDays", () => {
  it.each([
    ["me lembra em 2 dias", "em 2 dias", 2],
    ["daqui a 3 dias", "daqui a 3 dias", 3],
    ["em dois dias por favor", "em dois dias", 2],
    ["2 din baad yaad dilana", "2 din baad", 2],
    ["do din baad", "do din baad", 2],
    ["ek hafte baad batana", "ek hafte baad", 7],
    ["dentro de tres días", "dentro de tres días", 3],
    ["dans deux semaines", "dans deux semaines", 14],
    ["in zwei Tagen", "in zwei Tagen", 2],
    ["pasado mañana", "pasado mañana", 2],
    ["après-demain", "après-demain", 2],
    ["übermorgen", "übermorgen", 2],
    ["parso", "parso", 2],
    ["in 5 days", "in 5 days", 5],
  ])("'%s' says %s", (text, said, days) => {
    expect(relativeDays(text)).toEqual({ text: said, days });
  });

  it("reads no count where none is said", () => {
    expect(relativeDays("remind me on friday")).toBeUndefined();
    expect(relativeDays("I have 2 dias off")).toBeUndefined();
    expect(relativeDays("docker")).toBeUndefined();
  });

  it("gives the day that many days ahead at 09:00 in the person's zone", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    expect(parseFutureInstant("daqui a 3 dias", { now, timeZone: "UTC" }).toISOString()).toBe(
      "2026-12-07T09:00:00.000Z",
    );
    expect(parseFutureInstant("2 din baad", { now, timeZone: "Europe/Paris" }).toISOString()).toBe(
      "2026-12-06T08:00:00.000Z",
    );
    // With a time of day chrono reads both.
    expect(parseFutureInstant("in 2 days at 3pm", { now, timeZone: "UTC" }).toISOString()).toBe(
      "2026-12-06T15:00:00.000Z",
    );
  });
});
