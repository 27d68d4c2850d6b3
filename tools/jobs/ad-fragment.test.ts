/**
 * conv12q (blind7 classes; ads written for this test): a short ad pasted as a fragment — a line
 * or two in the employer's voice, no section headings — was logged as an application (a company
 * read before "track") or taken as a fit check with no job; "We're hiring:" stayed in the title.
 */
import { describe, expect, it } from "vitest";
import { readsAsAdFragment } from "./ad-fragment.ts";
import { findTitle } from "./header.ts";
import { looksLikePosting } from "./target.ts";

const ADS = [
  // A title's level in Roman numerals is no "I" of the person's (conv13u).
  "Warehouse Associate II — pick and pack orders, run RF scanners, 1-2 yrs warehouse work, forklift cert preferred, night shift. worth it?",
  "Support Specialist I, answer tickets in Zendesk, 0-1 yrs, hybrid, bilingual preferred. any good?",
  "Warehouse Supervisor – Dayton, OH. Lead a crew of 12 on second shift, run cycle counts in our WMS. Req: 3+ yrs warehouse, forklift cert a plus. $48-55k",
  "Now hiring: Dental Office Manager. Run the front desk, handle insurance claims and scheduling. 2+ years in a dental office required. Full time, Mon-Fri.",
  "Night Auditor - Reno, NV (on-site). Balance the day's transactions, cover the desk overnight. Min 1 year hotel experience, Opera PMS preferred. $21/hr",
];

const NOT_ADS = [
  "Hi I — work nights as a nurse, ICU preferred by me, rotating shifts for 3-4 years, open to day shift",
  "I want a remote data analyst job around $70-80k, 2+ years in, full time",
  "my last job was warehouse supervisor, 3 years, forklift certified, made about $50k",
  "what does a logistics coordinator do day to day and what do they get paid",
  "Retail Store Manager",
];

describe("a short ad in the employer's voice", () => {
  it.each(ADS)("is a posting: %s", (ad) => {
    expect(readsAsAdFragment(ad)).toBe(true);
    expect(looksLikePosting(ad)).toBe(true);
  });
  it.each(NOT_ADS)("a person's own words are not: %s", (text) => {
    expect(readsAsAdFragment(text)).toBe(false);
    expect(looksLikePosting(text)).toBe(false);
  });
});

describe("the employer's hiring label is no part of the title", () => {
  it.each([
    ["Now hiring: Dental Office Manager. Run the front desk.", "Dental Office Manager"],
    ["We're hiring: Line Cook (nights). Prep and grill, weekends a must.", "Line Cook (nights)"],
    ["Hiring - Forklift Operator", "Forklift Operator"],
  ])("%s", (ad, title) => {
    expect(findTitle(ad)).toBe(title);
  });
});
