/**
 * Trial F19.4: "I want at least 25 an hour" was not read as pay (no currency), so the
 * expectation was asked for again. A period straight after the amount, with a pay word near,
 * makes a bare number pay; a count with a period ("25 days a year") stays no salary.
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "../gap/stated-preferences.ts";
import { parseSalary } from "./salary.ts";

describe("a bare hourly amount", () => {
  it("an expectation with a period and no currency is pay", () => {
    expect(preferencesIn("I want at least 19 an hour")).toMatchObject({
      salaryMin: 19,
      salaryPeriod: "hour",
    });
    expect(preferencesIn("my minimum is 31/hr")).toMatchObject({ salaryMin: 31, salaryPeriod: "hour" });
  });

  it("days of holiday are not pay", () => {
    expect(parseSalary("salary plus 25 days a year of holiday")).toBeUndefined();
    expect(parseSalary("we offer 30 days per year paid leave")).toBeUndefined();
  });
});
