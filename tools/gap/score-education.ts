/**
 * education score: the person's highest level against the lowest level the job accepts,
 * with field of study and "or equivalent experience" taken into account.
 */

import { EDUCATION_ORDER, type EducationLevel, type ProfileSnapshot } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import { inAskedField } from "./education-fields.ts";
import type { ScoreDetail } from "./types.ts";

/** Years of relevant work that stand in for one missing degree level when the ad allows it. */
const YEARS_PER_LEVEL = 3;

export function highestEducation(profile: ProfileSnapshot): {
  level?: EducationLevel;
  fields: string[];
  label?: string;
} {
  let best: EducationLevel | undefined;
  let label: string | undefined;
  const fields: string[] = [];
  // Sorted so the order the resume listed degrees in never changes the evidence shown.
  const entries = [...profile.education].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  for (const e of entries) {
    if (e.field) fields.push(e.field.toLowerCase());
    if (e.degree) fields.push(e.degree.toLowerCase());
    // A degree still being studied for is not held yet.
    if (
      e.level &&
      !e.inProgress &&
      (!best || EDUCATION_ORDER.indexOf(e.level) > EDUCATION_ORDER.indexOf(best))
    ) {
      best = e.level;
      label = [e.degree, e.field, e.institution].filter(Boolean).join(", ");
    }
  }
  return { ...(best ? { level: best } : {}), fields: fields.sort(), ...(label ? { label } : {}) };
}

export function scoreEducation(
  profile: ProfileSnapshot,
  job: JobPosting,
  relevantYears: number,
): ScoreDetail & { notAsked: boolean; short: number } {
  const ask = job.education;
  if (!ask?.level) {
    return {
      score: null,
      enoughData: false,
      explanation: "Not scored: the job names no education requirement.",
      evidence: [],
      weight: 0,
      notAsked: true,
      short: 0,
    };
  }
  const held = highestEducation(profile);
  if (!held.level) {
    return {
      score: null,
      enoughData: false,
      explanation: `Not enough data: the job asks for ${ask.level} level education and your profile shows none.`,
      evidence: [`ad: ${ask.evidence.slice(0, 160)}`],
      weight: 0.1,
      notAsked: false,
      short: 0,
    };
  }
  const short = Math.max(0, EDUCATION_ORDER.indexOf(ask.level) - EDUCATION_ORDER.indexOf(held.level));
  const fieldMatch = ask.fields.length === 0 || held.fields.some((h) => inAskedField(ask.fields, h));
  let score: number;
  let why: string;
  if (short === 0) {
    score = fieldMatch ? 100 : 85;
    why = fieldMatch ? "level met" : `level met, but not in ${ask.fields.join(" / ")}`;
  } else if (ask.equivalentExperience && relevantYears >= short * YEARS_PER_LEVEL) {
    score = 85;
    why = `${short} level(s) below, made up by ${relevantYears} relevant years (the ad accepts equivalent experience)`;
  } else {
    score = Math.max(0, (short === 1 ? 50 : 20) + (ask.equivalentExperience ? 15 : 0));
    why = `${short} level(s) below what is asked`;
  }
  if (ask.kind === "preferred") score = Math.max(score, 70);
  return {
    score,
    enoughData: true,
    explanation: `${ask.kind === "preferred" ? "Preferred" : "Required"}: ${ask.level}${ask.fields.length ? ` in ${ask.fields.join(" / ")}` : ""}; you have ${held.level} — ${why}.`,
    evidence: [`ad: ${ask.evidence.slice(0, 160)}`, ...(held.label ? [`profile: ${held.label}`] : [])],
    weight: 0.1,
    notAsked: false,
    short: ask.kind === "required" ? short : 0,
  };
}
