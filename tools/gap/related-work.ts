/**
 * Work related to the job's by meaning, when no skill, title word or O*NET title links them: a
 * special-education teacher of ten years toward a school counselor role showed "0 relevant
 * years" (issue 13, trial finding 8), though the role's title and what the person did there
 * read close to the counselor's occupation. The occupation reader (tools/jobs/occupation-reader.ts:
 * centroids of O*NET and ESCO titles and O*NET duties in the offline embedder's space) reads
 * the held role — its title and its bullets — against every occupation; `readsAs` is how well
 * it reads as the job's occupation against the occupation it reads as best (1: the job's is its
 * own). At or above the learned bar the role counts as adjacent work, at ADJACENT_WEIGHT of its
 * months, as a supervisor's toward a manager's (title-kinship.ts), and the explanation says so.
 *
 * The bar is not set by hand: `eval/related-work-fit.ts --write` reads every dated-or-not role
 * of the labelled dream-role resumes (../shared/data/resumes) that no other rule counts toward
 * each of the 15 dream roles, and picks the reading that best parts roles of the role's own
 * field from roles of other fields (Youden's J), recorded in related-work.json with the rates.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExperienceEntry } from "../../contract/profile.ts";
import { jobOccupation, shippedOccupationReader } from "../jobs/occupation-reader.ts";
import type { JobPosting } from "../jobs/types.ts";
import { ADJACENT_WEIGHT } from "./title-kinship.ts";

export interface RelatedWorkModel {
  version: 1;
  /** A role reading at least this well as the job's occupation is related work. */
  bar: number;
  /** What the bar was chosen on and how well it parts the fields (written by the fitter). */
  fitted: Record<string, number | string>;
}

export const RELATED_WORK_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "related-work.json");

let loaded: RelatedWorkModel | null | undefined;

/** The committed bar, undefined when the file is absent (no role is then related by meaning). */
export function relatedWorkModel(): RelatedWorkModel | undefined {
  if (loaded === undefined)
    loaded = existsSync(RELATED_WORK_FILE)
      ? (JSON.parse(readFileSync(RELATED_WORK_FILE, "utf8")) as RelatedWorkModel)
      : null;
  return loaded ?? undefined;
}

/** How well a held role (title and what was done there) reads as the job's occupation, 0..1. */
export function roleReadsAsJob(
  role: Pick<ExperienceEntry, "title" | "bullets">,
  job: JobPosting,
): { read: number; occupation: string } | undefined {
  const title = role.title?.trim();
  if (!title) return undefined;
  const reader = shippedOccupationReader();
  const occupation = reader ? jobOccupation(job) : undefined;
  if (!reader || !occupation) return undefined;
  const did = (role.bullets ?? []).join(" ").trim();
  return { read: reader.readsAs(occupation.code, title, did), occupation: occupation.title };
}

/**
 * The share of its months a role counts as work related by meaning, and why in words; undefined
 * when it does not read as the job's work (or either side cannot be read).
 */
export function relatedByMeaning(
  role: Pick<ExperienceEntry, "title" | "bullets">,
  job: JobPosting,
): { weight: number; because: string } | undefined {
  const model = relatedWorkModel();
  if (!model) return undefined;
  const reading = roleReadsAsJob(role, job);
  if (!reading || reading.read < model.bar) return undefined;
  return {
    weight: ADJACENT_WEIGHT,
    because: `its title and duties read as ${reading.occupation.toLowerCase()} work`,
  };
}
