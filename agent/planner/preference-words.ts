/**
 * Stored preferences -> a short phrase for the reply ("at least 90,000 EUR a year; remote").
 * Reading them from a message is tools/gap/stated-preferences.ts.
 */
import type { Preferences } from "../../contract/profile.ts";
import { employmentWords } from "../../tools/jobs/employment-types.ts";
import { shiftWords } from "../../tools/jobs/shifts.ts";
import { payWords } from "../../tools/profile/pay-words.ts";
import type { ToolResults } from "../tools/results.ts";

/** What was stored, in words, for the fields just changed ("at least 90,000 EUR a year; remote"). */
export function preferenceWords(p: Preferences, changed: string[]): string {
  const has = (...keys: string[]) => keys.some((k) => changed.includes(k));
  const out: string[] = [];
  const pay = payWords(p);
  if (has("salaryMin", "salaryMax", "salaryTarget", "salaryCurrency", "salaryPeriod") && pay)
    out.push(
      `${pay}${p.salaryCurrency ? "" : ' (read in each ad\'s currency; say one, e.g. "in EUR", if you mean a particular one)'}`,
    );
  if (has("salaryCurrency") && !pay && p.salaryCurrency) out.push(`pay in ${p.salaryCurrency}`);
  const mode =
    has("remote") && p.remote
      ? p.remote === "any"
        ? "remote or on-site, either works"
        : p.remote === "remote_or_hybrid"
          ? "remote or hybrid"
          : p.remote
      : "";
  // A place that is only where they would move to is said with the move, not as where they work.
  const moveTo = has("relocateTo") ? (p.relocateTo ?? []) : [];
  const place =
    has("desiredLocation") && p.desiredLocation && !moveTo.includes(p.desiredLocation)
      ? p.desiredLocation
      : "";
  // "remote or Columbus" is one choice of two, "hybrid in Leeds" one arrangement: said together.
  if (mode && place)
    out.push(p.remote === "remote" ? `remote, or working in ${place}` : `${mode}, in ${place}`);
  else if (mode) out.push(mode);
  else if (place) out.push(`working in ${place}`);
  if (moveTo.length) out.push(`open to relocating to ${moveTo.join(" or ")}`);
  else if (has("relocate") && p.relocate !== undefined)
    out.push(p.relocate ? "open to relocating" : "not relocating");
  if (has("values") && p.values?.length) out.push(`you value ${p.values.join(", ")}`);
  if (has("shifts") && p.shifts?.length) out.push(shiftWords(p.shifts));
  if (has("employment") && p.employment?.length) out.push(employmentWords(p.employment));
  return out.join("; ") || "your preferences";
}

/** What a described role's pay, place and work mode did to the stored preferences. */
export function rolePreferences(p: ToolResults["set_dream_job"]["preferences"]): string {
  if (!p) return "";
  const noted = p.noted.length
    ? ` I noted what you want: ${preferenceWords(p.preferences, p.noted)}. Real ads are compared with it.`
    : "";
  const kept = p.kept.length
    ? ` You told me before: ${preferenceWords(p.preferences, p.kept)}. I kept that; tell me if it has changed.`
    : "";
  return noted + kept;
}

/** " What you want from a job: nights only; no weekends." for the profile, when any is stored. */
export function statedPreferences(p: Preferences | undefined): string {
  const stated = Object.keys(p ?? {}).filter((k) => k !== "fromDescribedRole");
  return p && stated.length ? ` What you want from a job: ${preferenceWords(p, stated)}.` : "";
}
