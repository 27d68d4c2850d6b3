/**
 * Stored preferences -> a short phrase for the reply ("at least 90,000 EUR a year; remote").
 * Reading them from a message is tools/gap/stated-preferences.ts.
 */
import type { Preferences } from "../../contract/profile.ts";

const PERIOD_WORDS: Record<NonNullable<Preferences["salaryPeriod"]>, string> = {
  year: "a year",
  month: "a month",
  week: "a week",
  day: "a day",
  hour: "an hour",
};

/** What was stored, in words, for the fields just changed ("at least 90,000 EUR a year; remote"). */
export function preferenceWords(p: Preferences, changed: string[]): string {
  const has = (...keys: string[]) => keys.some((k) => changed.includes(k));
  const out: string[] = [];
  if (has("salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod") && p.salaryMin !== undefined) {
    const amount = (n: number) => n.toLocaleString("en");
    const range = p.salaryMax
      ? `${amount(p.salaryMin)}-${amount(p.salaryMax)}`
      : `at least ${amount(p.salaryMin)}`;
    out.push(
      `${range}${p.salaryCurrency ? ` ${p.salaryCurrency}` : ""} ${PERIOD_WORDS[p.salaryPeriod ?? "year"]}${
        p.salaryCurrency ? "" : ' (say the currency, e.g. "in EUR", so I can compare it with ads)'
      }`,
    );
  }
  if (has("remote") && p.remote) out.push(p.remote === "any" ? "remote or on-site, either works" : p.remote);
  if (has("desiredLocation") && p.desiredLocation) out.push(`working in ${p.desiredLocation}`);
  if (has("relocate") && p.relocate !== undefined)
    out.push(p.relocate ? "open to relocating" : "not relocating");
  if (has("values") && p.values?.length) out.push(`you value ${p.values.join(", ")}`);
  return out.join("; ") || "your preferences";
}
