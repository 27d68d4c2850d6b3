import { describe, expect, it } from "vitest";
import { fillEmptyPreferences } from "./role-preferences.ts";

describe("fillEmptyPreferences", () => {
  it("a salary is one statement: an earlier amount keeps its currency and period too", () => {
    const { fill, kept } = fillEmptyPreferences(
      { salaryMin: 70000 },
      { salaryMin: 55000, salaryCurrency: "EUR", salaryPeriod: "year", remote: "hybrid" },
    );
    expect(fill).toEqual({ remote: "hybrid" });
    expect(kept).toEqual(["salaryMin"]);
  });

  it("fills every empty field and keeps nothing when the profile states none", () => {
    const { fill, kept } = fillEmptyPreferences(
      { values: ["mentoring"] },
      {
        salaryMin: 90000,
        salaryMax: 100000,
        salaryCurrency: "USD",
        salaryPeriod: "year",
        desiredLocation: "Austin",
      },
    );
    expect(fill).toEqual({
      salaryMin: 90000,
      salaryMax: 100000,
      salaryCurrency: "USD",
      salaryPeriod: "year",
      desiredLocation: "Austin",
    });
    expect(kept).toEqual([]);
  });

  it('"any" work mode stated before is kept against a role\'s "remote"', () => {
    expect(fillEmptyPreferences({ remote: "any" }, { remote: "remote" })).toEqual({
      fill: {},
      kept: ["remote"],
    });
  });

  it("replaces what an earlier described role set, and only that", () => {
    const current = {
      salaryMin: 85000,
      salaryCurrency: "CAD",
      desiredLocation: "Halifax",
      remote: "onsite" as const,
      fromDescribedRole: ["salary" as const],
    };
    expect(fillEmptyPreferences(current, { salaryTarget: 95000, desiredLocation: "Toronto" })).toEqual({
      fill: { salaryTarget: 95000 },
      kept: ["desiredLocation"],
    });
  });
});
