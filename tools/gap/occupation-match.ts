/**
 * The person's field against the ad's: the occupation the ad is about (JobPosting.occupation,
 * tools/jobs/occupation-reader.ts) against what the person's held titles (with what they did
 * in each role) and headline read as with the same reader: per title, its closeness to the ad's
 * occupation over its closeness to the occupation it reads as best (1: the ad's occupation is
 * its own). A soft ratio, not a comparison of two hard reads, because a single title's top
 * occupation is right for under half of held-out O*NET titles (data/roles/occupation-centroids.json
 * `measured`) while its near neighbours carry most of the meaning. Each held title counts by how
 * long and how lately it was held (heldTitleWeights), half from the closest title and half from
 * the weighted mean, as the title similarity does. An input of the learned verdict
 * (`occupationCloseness`); a PE teacher reads far from an educational content developer, but a
 * QA test lead and a test-automation analyst are one O*NET occupation, so it cannot part them.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { jobOccupation, shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { titleInEnglish } from "../jobs/title-in-english.ts";
import type { JobOccupation, JobPosting } from "../jobs/types.ts";
import { dutyKinship } from "./duty-kinship.ts";
import type { TypedRequirement } from "./requirements.ts";
import { latestProfileMonth } from "./score-experience.ts";
import { type HeldTitle, heldTitleWeights, titleCloseness } from "./title-closeness.ts";
import { isLedTrade, isSupervisedTrade } from "./trade-kinship.ts";
import { verdictModel } from "./verdict-model.ts";

export interface OccupationMatch {
  /** 0..1: how alike the ad's occupation is to what the person's titles read as. */
  closeness: number;
  ad: JobOccupation;
  /** The person's most weighted title and the occupation it reads as. */
  yours?: { title: string; occupation: JobOccupation };
}

/** Share taken from the closest title; the rest is the weighted mean (as title-closeness.ts). */
const CLOSEST_SHARE = 0.5;

/** The titles the person held, with dates (each counts by how long and how lately), and the headline. */
export function heldTitles(profile: ProfileSnapshot): HeldTitle[] {
  const headline = profile.headline?.trim() ? [profile.headline] : [];
  const roles = profile.experience.filter((e): e is typeof e & { title: string } => !!e.title?.trim());
  // "Enfermera de Oncología" is read as "oncology nurse" (tools/jobs/title-in-english.ts).
  return [...headline, ...roles.map((r) => ({ ...r, title: titleInEnglish(r.title) }))];
}

/**
 * Closeness of the job's titles to the person's (title-closeness.ts), "now" from the profile's
 * dates. `kin`: the trade the role leads counts as the role's own title (trade-kinship.ts: a
 * seller toward a described sales manager, a line cook toward a sous chef) — the described-role
 * gate's reading only (gateTitleSimilarity); the verdict's input and the dream-role ranking keep
 * the plain one (with it, a project manager's own role ranked second behind operations manager).
 */
export function titleSimilarity(
  profile: ProfileSnapshot,
  job: JobPosting,
  embedder: Embedder,
  asOfMonth: number | undefined,
  kin = false,
  duties: readonly TypedRequirement[] = [],
): number {
  if (!job.title) return 0;
  // A role profile goes by several titles ("Lawyer", "Attorney at Law"): the closest counts.
  // (An ad with no title line read through its occupation's titles instead: measured
  // 2026-12-03, cross-validated accuracy 0.861 -> 0.833, so not.)
  const titles = [job.title, ...(job.alsoCalled ?? [])];
  const now = asOfMonth ?? latestProfileMonth(profile);
  const codes = kin && job.occupation ? [job.occupation.code] : [];
  const kinship = codes.length
    ? (held: string) =>
        isLedTrade(held, codes) || isSupervisedTrade(held, codes)
          ? 1
          : dutyKinship(held, duties, job.occupation?.code, embedder)
    : undefined;
  return titleCloseness(embedder, titles, heldTitles(profile), now, kinship);
}

/**
 * The described-role gate's title closeness (lead26 trial: a line cook toward a sous chef and a
 * seller toward a sales manager read as another field's work). Measured and dropped (2026-12-05):
 * any O*NET occupation listing both titles — "Beta Tester" and "Technical Support Engineer" are
 * filed with software developers too, so QA and support resumes read 1.0 toward every software
 * role and the gate's own-field rate fell (leaving one field out 0.902 -> 0.854).
 * `duties`: the role's typical duty asks; a held title whose occupation does most of them is
 * kindred too (duty-kinship.ts: a cashier toward bank teller).
 */
export const gateTitleSimilarity = (
  profile: ProfileSnapshot,
  job: JobPosting,
  embedder: Embedder,
  asOfMonth: number | undefined,
  duties: readonly TypedRequirement[] = [],
) => titleSimilarity(profile, job, embedder, asOfMonth, true, duties);

/**
 * Undefined when the ad's occupation is unknown or the person has no title to read, and when
 * the verdict model leaves the input out and `force` (the fitter, which measures it) is not
 * set: reading the ad and a new resume's roles costs a few ms that buy nothing then.
 */
export function occupationMatch(
  profile: ProfileSnapshot,
  job: JobPosting,
  asOfMonth: number | undefined,
  force = true,
): OccupationMatch | undefined {
  if (!force && !verdictModel().features.includes("occupationCloseness")) return undefined;
  const reader = shippedOccupationReader();
  // The ad's side is read here, not at parse time: only when the model (or the fitter) uses it.
  const ad = reader ? jobOccupation(job) : undefined;
  if (!reader || !ad) return undefined;
  const held = heldTitles(profile);
  // A role is read from its title and what the person says they did there ("Summer Intern"
  // at a pricing team is not a recreation worker); a headline from its words alone.
  const read = held.map((h) => {
    if (typeof h === "string") return { title: h, did: "", occupation: reader.fromTitle(h) };
    const did = (h.bullets ?? []).join(" ").trim();
    return { title: h.title, did, occupation: did ? reader.fromAd(h.title, did) : reader.fromTitle(h.title) };
  });
  const known = read.flatMap((r, i) => (r.occupation ? [{ ...r, i }] : []));
  if (known.length === 0) return undefined;
  const weights = heldTitleWeights(held, asOfMonth ?? latestProfileMonth(profile));
  // How well each role reads as the ad's occupation against what it reads as best (soft: a
  // role read as a near neighbour of the ad's occupation keeps most of its credit).
  const close = known.map((r) => reader.readsAs(ad.code, r.title, r.did));
  const total = known.reduce((s, r) => s + weights[r.i]!, 0);
  const mean = total > 0 ? known.reduce((s, r, k) => s + close[k]! * weights[r.i]!, 0) / total : 0;
  const closeness = CLOSEST_SHARE * Math.max(...close) + (1 - CLOSEST_SHARE) * mean;
  const heaviest = known.reduce((a, b) => (weights[b.i]! > weights[a.i]! ? b : a));
  return {
    closeness: Math.round(closeness * 1000) / 1000,
    ad,
    yours: { title: heaviest.title, occupation: heaviest.occupation! },
  };
}

/**
 * What the verdict says when the field argued against a fit (closeness below the average the
 * model was fitted on): the ad's occupation and what the person's main title reads as, quoted.
 */
export function occupationNote(
  match: OccupationMatch | undefined,
  typical: number | undefined,
): string | undefined {
  if (!match?.yours || typical === undefined || match.closeness >= typical) return undefined;
  if (match.yours.occupation.code === match.ad.code) return undefined;
  const what = match.ad.via === "role" ? "the role is" : "the ad reads as";
  return `${what} ${match.ad.title.toLowerCase()} work; your titles read as ${match.yours.occupation.title.toLowerCase()} ("${match.yours.title.trim()}")`;
}

/** The verdict's notes that apply, joined ("the ad keeps coming back to ...; the ad reads as ..."). */
export const joinNotes = (...notes: (string | undefined)[]) => notes.filter(Boolean).join("; ") || undefined;
