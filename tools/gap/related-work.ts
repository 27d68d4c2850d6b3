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
 * Only when the occupation the role reads as best is a near neighbour of the job's
 * (occupationRank: a marketing manager's reads 0.66 as a data scientist's work, but the two
 * occupations are ~150 apart), against a plain occupation (a described role's, or one the
 * ad's title names) and from
 * work of at most one O*NET job zone less preparation (a laborer is no adjacent mechanical
 * engineer, however close the words of the shop floor read).
 *
 * The bar is not set by hand: `eval/related-work-fit.ts --write` reads every role
 * of the labelled dream-role resumes (../shared/data/resumes) that no other rule counts toward
 * each of the 15 dream roles, and picks the reading and the neighbour bound that best part
 * roles of the role's own field from roles of other fields (Youden's J), recorded in
 * related-work.json with the rates.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExperienceEntry } from "../../contract/profile.ts";
import { singularTitle } from "../../data/roles/curated-titles.ts";
import { getRoles } from "../../data/roles/index.ts";
import { jobOccupation, shippedOccupationReader } from "../jobs/occupation-reader.ts";
import type { JobPosting } from "../jobs/types.ts";
import { cosineF32 } from "../ml/occupation-centroids.ts";
import { occupationsOfTitle } from "./occupation-kinship.ts";
/**
 * Work related only by meaning is named in the explanation but not counted toward the years
 * (weight 0). Counted at an adjacent role's half weight it was right for the trial's teacher but,
 * measured on the frozen blind pairs at merge (2026-12-05), turned one UNFIT pair into a false FIT
 * (blind FIT recall 0.600 -> 0.667, UNFIT recall 0.824 -> 0.765): a false FIT is the error an
 * honest verdict must avoid, so the weight waits for a calibrated one (ADJACENT_WEIGHT is 0.5).
 */
export const RELATED_BY_MEANING_WEIGHT = 0;

export interface RelatedWorkModel {
  version: 1;
  /** A role reading at least this well as the job's occupation is related work ... */
  bar: number;
  /**
   * ... when the occupation it reads as best and the job's are near neighbours: one within this
   * many of the other's nearest occupations (occupationRank).
   */
  nearest: number;
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

interface Occupations {
  title: Map<string, string>;
  zone: Map<string, number>;
}
let occupations: Occupations | undefined;
const occupationData = (): Occupations => {
  if (!occupations) {
    const roles = getRoles().roles;
    occupations = {
      title: new Map(roles.map((r) => [r.code, singularTitle(r.title)])),
      zone: new Map(roles.flatMap((r) => (r.jobZone ? [[r.code, r.jobZone] as const] : []))),
    };
  }
  return occupations;
};

/**
 * The job's occupations when they are plain: a described role's own, or the O*NET occupations
 * an ad's title names word for word (or a curated common title, occupation-kinship.ts). An ad's
 * occupation read from its text is not enough: on the outside dev pairs an ad with no title
 * read as industrial-organizational psychology, and a role read close to it turned an UNFIT
 * pair FIT.
 */
function plainOccupations(job: JobPosting): string[] {
  if (job.source !== "posting") {
    const own = jobOccupation(job);
    return own ? [own.code] : [];
  }
  return occupationsOfTitle(job.title ?? undefined);
}

/**
 * O*NET's job zone of the held role (1 little preparation .. 5 extensive): the highest of the
 * occupations its title names word for word, else of the occupation it reads as best.
 */
function heldZone(title: string, did: string): number | undefined {
  const { zone } = occupationData();
  const named = occupationsOfTitle(title).flatMap((c) => zone.get(c) ?? []);
  if (named.length) return Math.max(...named);
  const read = shippedOccupationReader()?.[did ? "fromAd" : "fromTitle"](title, did);
  return read ? zone.get(read.code) : undefined;
}

const neighbours = new Map<number, Float32Array>();
/** Closeness of occupation `i` to every occupation: the mean of title and duty centroid cosines. */
function closenessTo(i: number): Float32Array {
  const known = neighbours.get(i);
  if (known) return known;
  const m = shippedOccupationReader()!.model;
  const out = Float32Array.from(
    m.codes,
    (_, k) =>
      (cosineF32(m.titleCentroids[i]!, m.titleCentroids[k]!) +
        cosineF32(m.dutyCentroids[i]!, m.dutyCentroids[k]!)) /
      2,
  );
  if (neighbours.size > 200) neighbours.clear();
  neighbours.set(i, out);
  return out;
}

/**
 * How near two occupations are: 0 when they are one, else the better of b's place among a's
 * nearest occupations and a's among b's (1 = the nearest). A marketing manager's occupation
 * and a data scientist's are ~150 apart; a special-education teacher's and a school
 * counselor's 3-14. Undefined when either is not in the reader's model.
 */
export function occupationRank(a: string, b: string): number | undefined {
  if (a === b) return 0;
  const m = shippedOccupationReader()?.model;
  const i = m?.codes.indexOf(a) ?? -1;
  const j = m?.codes.indexOf(b) ?? -1;
  if (!m || i < 0 || j < 0) return undefined;
  const place = (from: number, to: number) => {
    const c = closenessTo(from);
    let above = 0;
    for (let k = 0; k < c.length; k++) if (k !== from && c[k]! > c[to]!) above++;
    return above + 1;
  };
  return Math.min(place(i, j), place(j, i));
}

/**
 * How well a held role (title and what was done there) reads as the job's occupation, 0..1;
 * undefined when either side cannot be read or the held work needed much less preparation:
 * a role more than one O*NET job zone below the job's is no adjacent experience for it (a
 * laborer's shop work read close to a mechanical engineer's and turned an UNFIT dev pair FIT).
 */
export function roleReadsAsJob(
  role: Pick<ExperienceEntry, "title" | "bullets">,
  job: JobPosting,
): { read: number; rank: number; occupation: string } | undefined {
  const title = role.title?.trim();
  const reader = shippedOccupationReader();
  if (!title || !reader) return undefined;
  const did = (role.bullets ?? []).join(" ").trim();
  const { zone } = occupationData();
  let best: { read: number; code: string } | undefined;
  for (const code of plainOccupations(job)) {
    const read = reader.readsAs(code, title, did);
    if (!best || read > best.read) best = { read, code };
  }
  if (!best) return undefined;
  const held = heldZone(title, did);
  const asked = zone.get(best.code);
  if (held === undefined || asked === undefined || held < asked - 1) return undefined;
  const readAs = reader[did ? "fromAd" : "fromTitle"](title, did);
  const rank = readAs ? occupationRank(readAs.code, best.code) : undefined;
  if (rank === undefined) return undefined;
  const name = job.source !== "posting" && job.title ? job.title : occupationData().title.get(best.code);
  return { read: best.read, rank, occupation: name ?? best.code };
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
  if (!reading || reading.read < model.bar || reading.rank > model.nearest) return undefined;
  return {
    weight: RELATED_BY_MEANING_WEIGHT,
    because: `its title and duties read as ${reading.occupation.toLowerCase()} work`,
  };
}
