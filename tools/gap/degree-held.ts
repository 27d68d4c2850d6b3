/**
 * A degree ask met by the degree the person holds: "You hold a masters degree in Business
 * Administration" by "Master of Business Administration", "a bachelors or masters degree in
 * engineering" by "BS Mechanical Engineering". Reading the ask sentence against resume lines
 * by likeness alone left such asks unmet (issue 13: 6 of the outside dev pairs' degree
 * must-haves read unmet next to the very degree, similarity 0.28-0.55), because an ad's
 * degree sentence carries other words ("and we imagine ...") and a resume's degree line is
 * short. The ask's level and fields come from the same reader as the job's education
 * (tools/jobs/education.ts); the held level from the parsed education entries.
 */
import { EDUCATION_ORDER, type EducationEntry, type ProfileSnapshot } from "../../contract/profile.ts";
import { findEducation } from "../jobs/education.ts";
import { inAskedField } from "./education-fields.ts";
import { degreeOrLicence } from "./licence-asks.ts";

/**
 * The ad only leans towards a field ("an academic degree, probably within communication or
 * HR", "ideally in finance"): the level is the ask, the field a preference.
 */
const HEDGED_FIELD = /\b(probably|preferably|ideally|perhaps|for instance|e\.g\.)\b/i;

const lower = (e: EducationEntry) => [e.degree, e.field].filter(Boolean).join(" ").toLowerCase();

/** A field the ad names is the held degree's ("engineering" in "mechanical engineering"; same ISCED-F broad field). */
const inField = (fields: readonly string[], entry: EducationEntry) => inAskedField(fields, lower(entry));

/** The level a degree ask names ("master's degree in …" -> master), undefined when it names none. */
export function degreeAskLevel(askText: string): string | undefined {
  return findEducation(askText, "required")?.level;
}

/**
 * Whether the person's finished degrees meet a degree ask, with the one that does quoted;
 * undefined when the ask names no level or the profile shows no degree with a level (then
 * the ask is read like any other line).
 */
export function degreeHeld(
  askText: string,
  profile: ProfileSnapshot,
): { met: boolean; quote?: string } | undefined {
  const ask = findEducation(askText, "required");
  const finished = profile.education.filter((e) => e.level && !e.inProgress);
  if (!ask?.level || finished.length === 0) return undefined;
  const asked = EDUCATION_ORDER.indexOf(ask.level);
  const e = finished
    .filter(
      (d) =>
        EDUCATION_ORDER.indexOf(d.level!) >= asked && (HEDGED_FIELD.test(askText) || inField(ask.fields, d)),
    )
    .sort((a, b) => lower(a).localeCompare(lower(b)))[0];
  return e
    ? { met: true, quote: [e.degree, e.field, e.institution].filter(Boolean).join(", ") }
    : { met: false };
}

/**
 * The degree held that an either/or credential ask accepts instead of its licence ("either a
 * Master's degree, chartered status or a PE"): its quote, or undefined (licence-asks.ts
 * degreeOrLicence says which asks are such).
 */
export function degreeInstead(askText: string, profile: ProfileSnapshot): string | undefined {
  if (!degreeOrLicence(askText)) return undefined;
  const held = degreeHeld(askText, profile);
  return held?.met ? (held.quote ?? "degree held") : undefined;
}
