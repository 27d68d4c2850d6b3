/**
 * trial14 §5: the job-ad reader took a company figure for the pay ("$6M ARR"), kept a pay and
 * holiday line as an ask, and lost the city written on the line under the title. Ads written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { extractSkills } from "../skills/extract.ts";
import { isOfferLine } from "./offer-lines.ts";
import { parseJobPosting } from "./parse.ts";
import { parseSalary } from "./salary.ts";

const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const SALES_AD = [
  "Account Executive, Mid-Market",
  "Corvex Analytics — Denver, CO (Hybrid)",
  "",
  "The role",
  "- Carry a $900K annual quota and build pipeline with our customer base",
  "- Look after 40-50 accounts ($5M ARR) and renew them",
  "Requirements",
  "- 3+ years closing B2B SaaS deals",
  "Compensation: $90,000 - $110,000 base + 20% variable",
].join("\n");

const DESIGN_AD = [
  "Product Designer (Checkout)",
  "Mintly — Leeds (hybrid, 3 days in office)",
  "",
  "What we're looking for",
  "- 4+ years of product design experience",
  "- Strong Figma skills",
  "Salary: £58,000 – £72,000 + equity, 28 days holiday",
  "Pension: 6% matched, private healthcare",
].join("\n");

describe("pay, offer and place lines of an ad", () => {
  it("takes the compensation line's figure as the pay, never a quota or ARR figure", () => {
    expect(parse(SALES_AD).salary).toMatchObject({
      min: 90000,
      max: 110000,
      currency: "USD",
      period: "year",
    });
  });

  it.each([
    "Manage a $2M marketing budget with pay-per-click partners",
    "We raised $40M in funding last year",
    "Grow a territory worth $3M ARR",
    "Hit a $750K annual quota",
  ])("finds no pay in a company figure: %s", (line) => {
    expect(parseSalary(line)).toBeUndefined();
  });

  it("prefers a line that names the pay over an earlier money figure", () => {
    const text = "Own deals of $120k and more.\nSalary: $85k - $95k";
    expect(parseSalary(text)).toMatchObject({ min: 85000, max: 95000 });
  });

  it("never reads a pay, benefits or holiday line as a requirement", () => {
    const job = parse(DESIGN_AD);
    const lines = (job.requirementLines ?? []).map((l) => l.text);
    expect(lines.some((l) => /holiday|£|pension/i.test(l))).toBe(false);
    expect(lines).toContain("Strong Figma skills");
    expect(job.salary).toMatchObject({ min: 58000, max: 72000, currency: "GBP" });
  });

  it.each([
    ["Salary: £58,000 – £72,000 + equity, 28 days holiday", true],
    ["£72,000 + equity, 30 days holiday", true],
    ["Benefits: 25 days annual leave plus bank holidays", true],
    ["Experience managing a £2M budget", false],
    ["4+ years of product design experience", false],
  ])("offer line: %s -> %s", (line, offer) => {
    expect(isOfferLine(line)).toBe(offer);
  });

  it("reads the place from the company line under the title", () => {
    expect(parse(SALES_AD)).toMatchObject({
      title: "Account Executive, Mid-Market",
      company: "Corvex Analytics",
      location: "Denver, CO",
      workMode: "hybrid",
    });
    expect(parse(DESIGN_AD)).toMatchObject({
      title: "Product Designer (Checkout)",
      company: "Mintly",
      location: "Leeds",
      workMode: "hybrid",
    });
  });
});
