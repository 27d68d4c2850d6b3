/**
 * Whether a held role did the work of a field the ad asks years of ("At least 2 years of
 * experience in Software Engineering"), read through O*NET occupations: the occupations the
 * role's title names, narrowed by what its duties read as (tools/jobs/occupation-reader.ts), set
 * against the field's occupations. Shared words or a skill used on the side are not enough: a
 * technical support engineer's escalations name software and carry "engineer", and O*NET lists
 * "Technical Support Engineer" under software developers too, but the duties read as computer
 * user support — a neighbour of software development (the same SOC family), not the field
 * (issue 13, extra pairs more-40/41 labelled UNFIT: "the experience is product support, not
 * software development").
 *
 * Levels, by the SOC 2018 structure (no hand list of trades):
 *   - the same broad occupation ("15-125x": software developers, web developers, testers) — the field;
 *   - the same major group, another broad occupation (computer user support toward software
 *     development) — adjacent: ADJACENT_WEIGHT of its months, as a supervisor's toward a manager's;
 *   - another major group — adjacent as well (occupation-kinship.ts "foreign": another trade's
 *     work that used the field's tools).
 * Undefined when either side names no occupation: then nothing changes.
 */
import type { ExperienceEntry } from "../../contract/profile.ts";
import { shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { occupationsOfRole } from "./role-occupations.ts";
import { ADJACENT_WEIGHT } from "./title-kinship.ts";

/** SOC 2018 broad occupation: "15-1252.00" -> "15-125" (software and web developers, programmers, testers). */
const broadOccupation = (code: string) => code.slice(0, 6);

/**
 * The occupation(s) a held role was (role-occupations.ts): when it says what was done there, the
 * one its title and duties read as best ("Technical Support Engineer" is listed under user
 * support, software developers, testers …); a bare title, every occupation it names.
 */
export function occupationsDoneIn(role: Pick<ExperienceEntry, "title" | "bullets">): string[] {
  const codes = occupationsOfRole(role);
  const did = (role.bullets ?? []).join(" ").trim();
  return did ? codes.slice(0, 1) : codes;
}

/**
 * How much of a held role's months are years of the field whose occupations are `fieldCodes`:
 * 1 the field's own work, ADJACENT_WEIGHT a neighbouring or other trade's; undefined when
 * either side names no occupation.
 */
export function fieldWorkWeight(
  role: Pick<ExperienceEntry, "title" | "bullets">,
  fieldCodes: readonly string[],
): number | undefined {
  const held = occupationsDoneIn(role);
  if (held.length === 0 || fieldCodes.length === 0) return undefined;
  const broad = new Set(fieldCodes.map(broadOccupation));
  if (held.some((c) => broad.has(broadOccupation(c)))) return 1;
  // A neighbour in the same SOC family or another trade: either way adjacent, never the field's own years.
  return ADJACENT_WEIGHT;
}

/**
 * The other direction: a role nothing named links to the job (no shared title word, skill or
 * O*NET title) whose title and duties together read best as the field's own occupation — the
 * work done under another name. Returns the occupation's name, undefined otherwise (also
 * without duties: a bare title says too little).
 */
export function dutiesReadAsField(
  role: Pick<ExperienceEntry, "title" | "bullets">,
  fieldCodes: readonly string[],
): string | undefined {
  const did = (role.bullets ?? []).join(" ").trim();
  const reader = did && fieldCodes.length ? shippedOccupationReader() : undefined;
  const read = reader?.fromAd(role.title, did);
  if (!read) return undefined;
  const broad = new Set(fieldCodes.map(broadOccupation));
  return broad.has(broadOccupation(read.code)) ? read.title : undefined;
}
