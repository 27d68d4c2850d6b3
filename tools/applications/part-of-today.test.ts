/**
 * An application sent "this morning" (or this afternoon, in the chat's other languages) was
 * applied today (conv12o: chrono names no day for a part of the day, so the tool refused it as
 * "not a specific day" and the application, with every turn about it after, was lost).
 */
import { describe, expect, it } from "vitest";
import { parsePastDay } from "./dates.ts";

const now = new Date("2026-03-10T15:30:00Z");

describe("a part of today is today", () => {
  it.each([
    ["this morning"],
    ["This Afternoon"],
    ["earlier this morning"],
    ["esta mañana"],
    ["ce matin"],
    ["heute früh"],
    ["hoje de manhã"],
    ["aaj subah"],
  ])("'%s' is the day it is said", (phrase) => {
    expect(parsePastDay(phrase, { now, timeZone: "UTC" })).toBe("2026-03-10");
  });

  it("is today in the person's zone, not in UTC", () => {
    expect(
      parsePastDay("this morning", { now: new Date("2026-03-10T02:00:00Z"), timeZone: "America/Denver" }),
    ).toBe("2026-03-09");
  });

  it("a part of the day with no day at all is still refused", () => {
    expect(() => parsePastDay("morning", { now })).toThrow(/not a specific day/);
  });
});
