/**
 * A stored pay expectation in words: "at least 90,000 EUR a year", "60,000-70,000 GBP a
 * year", "around 120,000 USD a year". The one phrasing for replies, advice and scores.
 */
import type { Preferences } from "../../contract/profile.ts";

type Pay = Pick<Preferences, "salaryMin" | "salaryMax" | "salaryTarget" | "salaryCurrency" | "salaryPeriod">;

const PERIOD_WORDS: Record<NonNullable<Preferences["salaryPeriod"]>, string> = {
  year: "a year",
  month: "a month",
  week: "a week",
  day: "a day",
  hour: "an hour",
};

const amount = (n: number) => Math.round(n).toLocaleString("en");

/** True when a pay expectation is stored (a minimum, a range or a target). */
export function hasPayExpectation(p: Pay): boolean {
  return p.salaryMin !== undefined || p.salaryTarget !== undefined;
}

/** The expectation in words, or undefined when none is stored. */
export function payWords(p: Pay): string | undefined {
  const value =
    p.salaryTarget !== undefined
      ? `around ${amount(p.salaryTarget)}`
      : p.salaryMin === undefined
        ? undefined
        : p.salaryMax
          ? `${amount(p.salaryMin)}-${amount(p.salaryMax)}`
          : `at least ${amount(p.salaryMin)}`;
  if (!value) return undefined;
  return `${value}${p.salaryCurrency ? ` ${p.salaryCurrency}` : ""} ${PERIOD_WORDS[p.salaryPeriod ?? "year"]}`;
}
