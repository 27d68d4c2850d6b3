/**
 * "I want to be a marketing manager, remote, around $120k": the pay, place and work mode a
 * person puts in a described role are their own preferences, so the next real ad is
 * compared with them without asking again. Only a described role counts: a pasted ad's
 * pay and place are the employer's, not the person's. What the person stated explicitly
 * ("my salary expectation is 90k") wins; the role's words fill what is empty and replace
 * what an earlier described role put there (Preferences.fromDescribedRole records which).
 */
import type { PreferenceGroup, Preferences } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";

/** Fields that move together: a salary is its amount, currency and period as one statement. */
const SALARY_FIELDS = ["salaryMin", "salaryMax", "salaryTarget", "salaryCurrency", "salaryPeriod"] as const;

/** The preferences the person stated in a described role (the role reader already read them). */
export function preferencesOfRole(posting: JobPosting): Partial<Preferences> {
  if (posting.source !== "role_profile") return {};
  const out: Partial<Preferences> = {};
  const pay = posting.salary;
  if (pay?.min) {
    if (pay.approximate) out.salaryTarget = pay.min;
    else out.salaryMin = pay.min;
    if (pay.max && pay.max > pay.min && !pay.approximate) out.salaryMax = pay.max;
    if (pay.currency) out.salaryCurrency = pay.currency;
    out.salaryPeriod = pay.period;
  }
  if (posting.workMode) out.remote = posting.workMode;
  if (posting.location) out.desiredLocation = posting.location;
  return out;
}

export interface RolePreferenceSplit {
  /** What is empty on the profile, or came from an earlier described role, and is set from this one. */
  fill: Partial<Preferences>;
  /** Fields the role also named that the person had stated themselves; theirs are kept. */
  kept: (keyof Preferences)[];
}

/**
 * Splits a role's preferences into what it sets and what the person's own statement keeps:
 * a field is set when it is empty or was itself taken from an earlier described role.
 */
export function fillEmptyPreferences(
  current: Preferences,
  stated: Partial<Preferences>,
): RolePreferenceSplit {
  const fill: Partial<Preferences> = {};
  const kept: (keyof Preferences)[] = [];
  const fromRole = new Set<PreferenceGroup>(current.fromDescribedRole ?? []);
  const hasSalary = SALARY_FIELDS.some((k) => current[k] !== undefined) && !fromRole.has("salary");
  if (stated.salaryMin !== undefined || stated.salaryTarget !== undefined) {
    if (hasSalary) kept.push(stated.salaryTarget !== undefined ? "salaryTarget" : "salaryMin");
    else for (const k of SALARY_FIELDS) if (stated[k] !== undefined) Object.assign(fill, { [k]: stated[k] });
  }
  for (const k of ["remote", "desiredLocation"] as const) {
    if (stated[k] === undefined) continue;
    if (current[k] !== undefined && !fromRole.has(k)) kept.push(k);
    else Object.assign(fill, { [k]: stated[k] });
  }
  return { fill, kept };
}
