import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CareerCraftError } from "../../data/errors.ts";
import {
  addDays,
  calendarDay,
  daysBetween,
  isCalendarDay,
  parseFutureInstant,
  parsePastDay,
  zonedInstant,
} from "./dates.ts";

// Sunday 22 November 2026, noon UTC.
const now = new Date("2026-11-22T12:00:00Z");

describe("parsePastDay", () => {
  it.each([
    ["today", "2026-11-22"],
    ["yesterday", "2026-11-21"],
    ["last Monday", "2026-11-16"],
    ["Monday", "2026-11-16"],
    ["friday", "2026-11-20"],
    ["3 days ago", "2026-11-19"],
    ["a week ago", "2026-11-15"],
    ["Nov 3", "2026-11-03"],
    ["Dec 20", "2025-12-20"],
    ["2026-11-03", "2026-11-03"],
  ])("reads %s", (phrase, day) => {
    expect(parsePastDay(phrase, { now })).toBe(day);
  });

  it("uses the person's day, not the server's", () => {
    // 02:00 UTC on the 22nd is still the 21st in Los Angeles.
    const early = new Date("2026-11-22T02:00:00Z");
    expect(parsePastDay("today", { now: early, timeZone: "America/Los_Angeles" })).toBe("2026-11-21");
    expect(parsePastDay("yesterday", { now: early, timeZone: "America/Los_Angeles" })).toBe("2026-11-20");
  });

  it.each(["tomorrow", "2026-12-01", "garbage", "", "may", "2026-02-30", "x".repeat(500)])(
    "refuses %s with a clear message",
    (phrase) => {
      try {
        parsePastDay(phrase, { now });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CareerCraftError);
        expect((e as CareerCraftError).code).toBe("validation");
      }
    },
  );

  it("refuses an unknown time zone", () => {
    expect(() => parsePastDay("today", { now, timeZone: "Mars/Olympus" })).toThrow(/time zone/);
  });

  it("never returns a future day for any ISO day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          try {
            expect(parsePastDay(iso, { now }) <= "2026-11-22").toBe(true);
          } catch (e) {
            expect(iso > "2026-11-22").toBe(true);
            expect(e).toBeInstanceOf(CareerCraftError);
          }
        },
      ),
    );
  });
});

describe("parseFutureInstant", () => {
  it("reads a weekday and time in the person's zone", () => {
    const at = parseFutureInstant("Thursday at 2pm", { now, timeZone: "America/New_York" });
    expect(at.toISOString()).toBe("2026-11-26T19:00:00.000Z");
  });

  it("assumes 09:00 when no time is given", () => {
    expect(parseFutureInstant("tomorrow", { now }).toISOString()).toBe("2026-11-23T09:00:00.000Z");
  });

  it("a weekday said on that weekday is next week's, unless 'this' or a time says today", () => {
    // Friday 4 December 2026, 02:14 UTC: "friday" meant next Friday, not today at 09:00.
    const friday = new Date("2026-12-04T02:14:00Z");
    expect(parseFutureInstant("friday", { now: friday }).toISOString()).toBe("2026-12-11T09:00:00.000Z");
    expect(parseFutureInstant("vendredi", { now: friday }).toISOString()).toBe("2026-12-11T09:00:00.000Z");
    expect(parseFutureInstant("this friday", { now: friday }).toISOString()).toBe("2026-12-04T09:00:00.000Z");
    expect(parseFutureInstant("friday at 5pm", { now: friday }).toISOString()).toBe(
      "2026-12-04T17:00:00.000Z",
    );
    expect(parseFutureInstant("monday", { now: friday }).toISOString()).toBe("2026-12-07T09:00:00.000Z");
  });

  it("refuses the past", () => {
    expect(() => parseFutureInstant("yesterday", { now })).toThrow(CareerCraftError);
  });
});

describe("day arithmetic", () => {
  it("adds and counts days across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(calendarDay(new Date("2026-11-22T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-23");
  });

  it("finds the instant of a local time, also across DST", () => {
    expect(zonedInstant("2026-07-01", 9, "Europe/Berlin").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(zonedInstant("2026-12-01", 9, "Europe/Berlin").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(zonedInstant("2026-03-29", 9, "Europe/Berlin").toISOString()).toBe("2026-03-29T07:00:00.000Z");
  });
});
