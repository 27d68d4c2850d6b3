/**
 * "next <weekday>" and "this <weekday>" as people mean them (trial19 §13: "remind me to follow up
 * next friday" said on Monday Dec 7 was due Friday Dec 18, eleven days on). Phrases written for
 * this test; the clock is fixed so the weekday said on is known.
 */
import { describe, expect, it } from "vitest";
import { calendarDay, parseFutureInstant } from "./dates.ts";

/** The calendar day a phrase means, said at noon UTC on 2026-12-<day>. */
const dayMeant = (phrase: string, day: number) =>
  calendarDay(parseFutureInstant(phrase, { now: new Date(Date.UTC(2026, 11, day, 12)) }));

describe("next <weekday> said early in the week is this week's", () => {
  // Monday 2026-12-07.
  for (const phrase of [
    "next friday",
    "Next Friday at 10am",
    "el próximo viernes",
    "vendredi prochain",
    "nächsten Freitag",
    "na próxima sexta",
    "próxima sexta-feira",
    "agle friday",
  ])
    it(`'${phrase}' on a Monday is the Friday four days on`, () => {
      expect(dayMeant(phrase, 7)).toBe("2026-12-11");
    });
  it("'next sunday' on a Monday is six days on, not thirteen", () => {
    expect(dayMeant("next sunday", 7)).toBe("2026-12-13");
  });
});

describe("next <weekday> that would be tomorrow or the day after is a week later", () => {
  it("'next friday' on a Thursday is eight days on", () => {
    expect(dayMeant("next friday", 10)).toBe("2026-12-18");
    expect(dayMeant("nächsten Freitag", 10)).toBe("2026-12-18");
  });
  it("'next tuesday' on a Monday is the week after", () => {
    expect(dayMeant("next tuesday", 7)).toBe("2026-12-15");
  });
  it("'next monday' on a Saturday is the coming Monday (next week already)", () => {
    expect(dayMeant("next monday", 12)).toBe("2026-12-14");
  });
});

describe("this <weekday>, a weekday alone and the week said stay as they were", () => {
  it("'this friday', 'friday', 'el viernes que viene' on a Monday are the coming Friday", () => {
    for (const phrase of [
      "this friday",
      "friday",
      "el viernes que viene",
      "ce vendredi",
      "kommenden Freitag",
    ])
      expect(dayMeant(phrase, 7)).toBe("2026-12-11");
  });
  it("'friday next week' is next week's Friday", () => {
    expect(dayMeant("friday next week", 7)).toBe("2026-12-18");
  });
  it("'friday' said on a Friday is a week on", () => {
    expect(dayMeant("friday", 11)).toBe("2026-12-18");
  });
});
