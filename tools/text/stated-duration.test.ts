import { describe, expect, it } from "vitest";
import { countYears } from "../experience/roles.ts";
import { spanEndingNow, statedDuration } from "./stated-duration.ts";

describe("a duration said instead of dates", () => {
  it.each([
    ["3 years of experience as a marketing coordinator", 36, "as a marketing coordinator"],
    ["been a nurse for two years", 24, "been a nurse"],
    ["worked at Deloitte for 18 months", 18, "worked at Deloitte"],
    ["5+ yrs in B2B sales", 60, "in B2B sales"],
  ])("%s -> %i months", (text, months, rest) => {
    expect(statedDuration(text)).toEqual({ months, rest });
  });

  it("finds none in a sentence with dates or no duration", () => {
    expect(statedDuration("data analyst at Infosys, 2019 - 2022")).toBeUndefined();
    expect(statedDuration("marketing coordinator at a SaaS startup")).toBeUndefined();
    expect(statedDuration("100 years of experience")).toBeUndefined();
  });

  it("counts the span back from this month", () => {
    expect(spanEndingNow(36, new Date(Date.UTC(2026, 11, 2)))).toEqual({ start: "2023-12", current: true });
    expect(spanEndingNow(1, new Date(Date.UTC(2026, 0, 15)))).toEqual({ start: "2025-12", current: true });
  });

  it("gives back the very years said when the role is counted (trial: '2 years' read as 1.9)", () => {
    const now = new Date(Date.UTC(2026, 11, 5));
    const month = now.getUTCFullYear() * 12 + now.getUTCMonth();
    for (const years of [1, 2, 5, 8]) {
      const role = { title: "Bookkeeper", ...spanEndingNow(years * 12, now) };
      expect(countYears([role], month).years).toBe(years);
    }
  });
});
