/**
 * "I want to be a marketing manager, remote, around $120k": the pay, place and work mode a
 * person puts in a described role are their own preferences, so the next real ad is
 * compared with them without asking again. Only a described role counts: a pasted ad's
 * pay and place are the employer's, not the person's. What the person stated explicitly
 * before ("my salary expectation is 90k") wins; the role's words only fill what is empty.
 */
import type { Preferences } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";

/** Fields that move together: a salary is its amount, currency and period as one statement. */
const SALARY_FIELDS = ["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod"] as const;

/** The preferences the person stated in a described role (the role reader already read them). */
export function preferencesOfRole(posting: JobPosting): Partial<Preferences> {
  if (posting.source !== "role_profile") return {};
  const out: Partial<Preferences> = {};
  const pay = posting.salary;
  if (pay?.min) {
    out.salaryMin = pay.min;
    if (pay.max && pay.max > pay.min) out.salaryMax = pay.max;
    if (pay.currency) out.salaryCurrency = pay.currency;
    out.salaryPeriod = pay.period;
  }
  if (posting.workMode) out.remote = posting.workMode;
  if (posting.location) out.desiredLocation = posting.location;
  return out;
}

export interface RolePreferenceSplit {
  /** What is empty on the profile and is filled from the role's words. */
  fill: Partial<Preferences>;
  /** Fields the role also named that the person had already stated; theirs are kept. */
  kept: (keyof Preferences)[];
}

/** Splits a role's preferences into what fills an empty field and what an earlier statement keeps. */
export function fillEmptyPreferences(
  current: Preferences,
  stated: Partial<Preferences>,
): RolePreferenceSplit {
  const fill: Partial<Preferences> = {};
  const kept: (keyof Preferences)[] = [];
  const hasSalary = SALARY_FIELDS.some((k) => current[k] !== undefined);
  if (stated.salaryMin !== undefined) {
    if (hasSalary) kept.push("salaryMin");
    else for (const k of SALARY_FIELDS) if (stated[k] !== undefined) Object.assign(fill, { [k]: stated[k] });
  }
  for (const k of ["remote", "desiredLocation"] as const) {
    if (stated[k] === undefined) continue;
    if (current[k] !== undefined) kept.push(k);
    else Object.assign(fill, { [k]: stated[k] });
  }
  return { fill, kept };
}
