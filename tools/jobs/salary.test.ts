import { describe, expect, it } from "vitest";
import { parseSalary, toYearly } from "./salary.ts";

describe("parseSalary", () => {
  it.each([
    ["Salary: $120k", { min: 120000, currency: "USD", period: "year" }],
    ["We pay €60,000 – €75,000 per year.", { min: 60000, max: 75000, currency: "EUR", period: "year" }],
    ["Rate: $50-60/hr depending on experience", { min: 50, max: 60, currency: "USD", period: "hour" }],
    ["DKK 45.000 per month plus pension", { min: 45000, currency: "DKK", period: "month" }],
    ["Compensation up to 150K USD", { min: 150000, currency: "USD", period: "year" }],
    ["£7.50 per hour, split shifts", { min: 8, currency: "GBP", period: "hour" }],
    ["EUR 46.269,33 gross per year", { min: 46269, currency: "EUR", period: "year" }],
  ])("reads %s", (text, expected) => {
    expect(parseSalary(text)).toMatchObject(expected);
  });

  it.each([
    "A team of 50-60 people in 3 offices",
    "We grew to 267 m euros in revenue",
    "Our 401k plan is matched",
    "25 days of holiday",
    "Founded in 2015",
  ])("finds no salary in %s", (text) => {
    expect(parseSalary(text)).toBeUndefined();
  });

  it("converts periods to a yearly figure", () => {
    expect(toYearly(50, "hour")).toBe(104000);
    expect(toYearly(5000, "month")).toBe(60000);
  });
});
