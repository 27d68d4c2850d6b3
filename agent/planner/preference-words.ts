/**
 * Stored preferences -> a short phrase for the reply ("at least 90,000 EUR a year; remote").
 * Reading them from a message is tools/gap/stated-preferences.ts.
 */
import type { Preferences } from "../../contract/profile.ts";
import { payWords } from "../../tools/profile/pay-words.ts";

/** What was stored, in words, for the fields just changed ("at least 90,000 EUR a year; remote"). */
export function preferenceWords(p: Preferences, changed: string[]): string {
  const has = (...keys: string[]) => keys.some((k) => changed.includes(k));
  const out: string[] = [];
  const pay = payWords(p);
  if (has("salaryMin", "salaryMax", "salaryTarget", "salaryCurrency", "salaryPeriod") && pay)
    out.push(
      `${pay}${p.salaryCurrency ? "" : ' (read in each ad\'s currency; say one, e.g. "in EUR", if you mean a particular one)'}`,
    );
  if (has("remote") && p.remote) out.push(p.remote === "any" ? "remote or on-site, either works" : p.remote);
  if (has("desiredLocation") && p.desiredLocation) out.push(`working in ${p.desiredLocation}`);
  if (has("relocate") && p.relocate !== undefined)
    out.push(p.relocate ? "open to relocating" : "not relocating");
  if (has("values") && p.values?.length) out.push(`you value ${p.values.join(", ")}`);
  return out.join("; ") || "your preferences";
}
