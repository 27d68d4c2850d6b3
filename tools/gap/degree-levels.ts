/**
 * Degree equivalence: a degree entry the resume reader kept without a level ("J.D.", "Juris
 * Doctor", "LL.M.", "Ciclo de Grado Superior", "Berufsausbildung") gets the level the ad reader
 * gives the same words (tools/jobs/education.ts), so an ad's J.D. is met by a lawyer's J.D.
 * and a national vocational qualification counts as the education it is. A level the resume
 * reader did set is kept: this only fills what it left out, by the one reading of degree words.
 */
import type { EducationEntry, ProfileSnapshot } from "../../contract/profile.ts";
import { findEducation } from "../jobs/education.ts";

function withLevel(entry: EducationEntry): EducationEntry {
  if (entry.level || !entry.degree) return entry;
  const read = findEducation(entry.degree, "required");
  if (!read?.level) return entry;
  const field = entry.field ?? (read.fields.length === 1 ? read.fields[0] : undefined);
  return { ...entry, level: read.level, ...(field ? { field } : {}) };
}

/** The profile with each level-less degree entry read at the level its words name. */
export function withDegreeLevels(profile: ProfileSnapshot): ProfileSnapshot {
  if (!profile.education.some((e) => !e.level && e.degree)) return profile;
  return { ...profile, education: profile.education.map(withLevel) };
}
