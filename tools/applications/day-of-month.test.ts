/**
 * A bare day of the month and Hindi weekdays, read as the day ahead (lead's new-user trial, issue
 * 12: "interview on the 14th at 3pm" kept only "at 3pm", today). Phrases written for this test.
 */
import { describe, expect, it } from "vitest";
import { futureDayWords, parseFutureInstant } from "./dates.ts";

// Sunday 6 December 2026, 10:00 UTC.
const now = new Date("2026-12-06T10:00:00Z");
const at = (phrase: string) => parseFutureInstant(phrase, { now }).toISOString();

describe("a day of the month said alone", () => {
  it.each([
    ["on the 14th at 3pm", "2026-12-14T15:00:00.000Z"],
    ["the 22nd", "2026-12-22T09:00:00.000Z"],
    ["el 14 a las 3", "2026-12-14T15:00:00.000Z"],
    ["el día 9", "2026-12-09T09:00:00.000Z"],
    ["le 14 à 15h", "2026-12-14T15:00:00.000Z"],
    ["am 14. um 15 Uhr", "2026-12-14T15:00:00.000Z"],
    ["dia 14 às 15h", "2026-12-14T15:00:00.000Z"],
    ["14 tarikh ko 3 baje", "2026-12-14T15:00:00.000Z"],
  ])("%s -> %s", (phrase, instant) => {
    expect(at(phrase)).toBe(instant);
  });

  it("a day already gone this month is next month's; today counts", () => {
    expect(at("the 3rd")).toBe("2027-01-03T09:00:00.000Z");
    expect(at("the 6th at 5pm")).toBe("2026-12-06T17:00:00.000Z");
  });

  it("a number that is no day is not read as one", () => {
    for (const [phrase, number] of [
      ["the 3 of us", "3"],
      ["el 14% de descuento", "14"],
      ["j'ai le 14 ans", "14"],
      ["I was 2nd in my class", "2nd"],
      ["the 2nd round went well", "2nd"],
    ])
      expect(futureDayWords(phrase) ?? "").not.toContain(number);
    // With its month, the day is the month's reader's (March, not this month).
    expect(at("dia 14 de março")).toBe("2027-03-14T09:00:00.000Z");
  });
});

describe("Hindi weekdays in Latin script", () => {
  it.each([
    ["agle mangal ko 3 baje", "2026-12-08T15:00:00.000Z"],
    ["shukravar ko", "2026-12-11T09:00:00.000Z"],
    ["budhvar", "2026-12-09T09:00:00.000Z"],
    ["ravivar ko 11 baje", "2026-12-13T11:00:00.000Z"],
  ])("%s -> %s", (phrase, instant) => {
    expect(at(phrase)).toBe(instant);
  });

  it("a short name needs 'ko' after it: 'som' alone is no day", () => {
    expect(futureDayWords("som log")).toBeUndefined();
  });
});
