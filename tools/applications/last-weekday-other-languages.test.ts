/**
 * "el lunes pasado" said on a Monday is the Monday a week before, as "last Monday" is: chrono's
 * Spanish, French and Portuguese readers skip the word for "last" and the application was dated
 * today (trial14 §2).
 */
import { describe, expect, it } from "vitest";
import { parsePastDay } from "./dates.ts";

const MONDAY = new Date("2026-12-07T10:00:00Z");

describe("a weekday with the word for 'last', said on that weekday", () => {
  it.each(["el lunes pasado", "lunes pasado", "lundi dernier", "na segunda passada", "last monday"])(
    "%s on a Monday is a week ago",
    (said) => {
      expect(parsePastDay(said, { now: MONDAY, timeZone: "Europe/Madrid" })).toBe("2026-11-30");
    },
  );
  it("'el lunes' alone on a Monday is today (unchanged)", () => {
    expect(parsePastDay("el lunes", { now: MONDAY, timeZone: "Europe/Madrid" })).toBe("2026-12-07");
  });
});
