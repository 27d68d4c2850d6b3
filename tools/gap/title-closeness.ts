/**
 * How close a job's title (or one of the titles a role goes by) is to the titles the person
 * has held: the better of two readings, each 0..1 —
 *   - meaning: cosine of the offline embedder's vectors ("Lawyer" ~ "Attorney"), and
 *   - words: the share of the job title's words found in one of the person's titles, after
 *     everyday forms are unified ("QA" = "quality assurance", "Sr" = "senior", plurals), a
 *     rank or generic word ("manager", "engineer", "senior") weighing a third of a word that
 *     names the trade ("QA Engineer" ~ "QA Manager" is close; "Network Manager" ~ "QA Manager"
 *     is not, though their vectors are, the shared "manager" dominating them).
 * Over the person's titles, closeness is not the single closest title: each held title counts
 * by how long it was held and how recently (heldTitleWeights), so one short title from years
 * ago ("Test / Project Management", 2008-2012) does not outweigh four recent QA titles.
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import { monthOf, type RoleLike, roleInterval } from "../experience/roles.ts";
import { dot, vectorsFor } from "./evidence.ts";

/** Words that say a rank or a kind of worker rather than a trade. */
export const GENERIC_TITLE_WORDS = new Set(
  "senior junior lead principal staff head chief sr jr mid level associate assistant intern the of and for in at with a an to ii iii i iv engineer developer manager specialist consultant analyst officer professional team member".split(
    " ",
  ),
);
const GENERIC_WEIGHT = 1 / 3;
const STOP = new Set(["the", "of", "and", "for", "in", "at", "with", "a", "an", "to", "&"]);

const weight = (w: string) => (GENERIC_TITLE_WORDS.has(w) ? GENERIC_WEIGHT : 1);

/** Weighted share of the job title's words present in the held title. */
export function titleWordCoverage(jobTitle: string, heldTitle: string): number {
  const job = [...new Set(titleWords(jobTitle).filter((w) => !STOP.has(w)))];
  const held = new Set(titleWords(heldTitle));
  const total = job.reduce((s, w) => s + weight(w), 0);
  if (total === 0) return 0;
  // Only generic words in common ("Manager" ~ "Manager") is no match of trades.
  if (!job.some((w) => held.has(w) && weight(w) === 1)) return 0;
  const covered = job.filter((w) => held.has(w)).reduce((s, w) => s + weight(w), 0) / total;
  // The job title as a phrase of the held one ("Project Manager" in "Operations Project
  // Manager") says more than its words scattered through it ("Operations ... Manager").
  const heldWords = titleWords(heldTitle).join(" ");
  return ` ${heldWords} `.includes(` ${job.join(" ")} `) ? covered : covered * SCATTERED;
}

/** Credit kept when the job title's words are in the held title but not as one phrase. */
const SCATTERED = 0.9;

/** A title the person held: a role (with its dates, when known) or a headline (read as now). */
export type HeldTitle = string | (RoleLike & { title: string });

/** Months assumed for a role whose dates did not parse. */
const UNDATED_MONTHS = 12;
/** A role's months count up to this: a 15-year job is not five times a 3-year one. */
const MAX_MONTHS = 60;
/** A title ended this many years ago counts half as much as one held now. */
const HALF_LIFE_YEARS = 4;
/**
 * Share of the closeness taken from the single closest title; the rest is the weighted mean
 * over all titles. Having once held the job's title still says something, but what the person
 * mostly and lately did says more.
 */
const CLOSEST_SHARE = 0.5;

/**
 * How much each held title speaks for the person: months held (capped) times a recency decay
 * from `asOf` or else the latest date on any title ("now" without reading the clock, so results
 * stay deterministic). A headline counts as much as the heaviest role: it says who they are now.
 */
export function heldTitleWeights(held: HeldTitle[], asOf?: number): number[] {
  const roles = held.map((h) => (typeof h === "string" ? undefined : h));
  const months = roles.flatMap((r) => (r ? [monthOf(r.start), monthOf(r.end)] : []));
  const dated = months.filter((m): m is number => m !== undefined);
  const now = asOf ?? (dated.length > 0 ? Math.max(...dated) : undefined);
  const datedTitles = new Set(
    roles.filter((r) => r && roleInterval(r, now)).map((r) => r!.title.toLowerCase()),
  );
  const weights = roles.map((r) => {
    if (!r) return undefined;
    const span = roleInterval(r, now);
    // The same title again without dates is the dated role read twice, not more time in it.
    if (!span && datedTitles.has(r.title.toLowerCase())) return 0;
    if (!span || now === undefined) return Math.min(UNDATED_MONTHS, MAX_MONTHS);
    const held = Math.max(1, Math.min(MAX_MONTHS, span[1] - span[0]));
    return held * 0.5 ** ((now - span[1]) / 12 / HALF_LIFE_YEARS);
  });
  const heaviest = Math.max(UNDATED_MONTHS, ...weights.filter((w): w is number => w !== undefined));
  return weights.map((w) => w ?? heaviest);
}

/**
 * `asOf`: the profile's "now" as a month index (its latest date), so a title ended long ago decays.
 * `kinship`: a third reading of a held title, 0..1, from outside the words and vectors — one
 * O*NET occupation listing both it and the job's title (title-kinship.ts: "Line Cook" and "Sous
 * Chef" are both titles of institution and cafeteria cooks, though they share no word and read
 * 0.4 alike).
 */
export function titleCloseness(
  embedder: Embedder,
  jobTitles: string[],
  held: HeldTitle[],
  asOf?: number,
  kinship?: (heldTitle: string) => number,
): number {
  const heldTitles = held.map((h) => (typeof h === "string" ? h : h.title));
  if (jobTitles.length === 0 || heldTitles.length === 0) return 0;
  const jobVectors = vectorsFor(embedder, jobTitles);
  const heldVectors = vectorsFor(embedder, heldTitles);
  // Each held title's closeness: to the nearest of the job's titles, by meaning or by words.
  const close = heldVectors.map((h, b) =>
    Math.max(
      kinship?.(heldTitles[b]!) ?? 0,
      ...jobVectors.map((j, a) => Math.max(dot(j, h), titleWordCoverage(jobTitles[a]!, heldTitles[b]!))),
    ),
  );
  const weights = heldTitleWeights(held, asOf);
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = close.reduce((s, c, i) => s + c * weights[i]!, 0) / total;
  const best = CLOSEST_SHARE * Math.max(...close) + (1 - CLOSEST_SHARE) * mean;
  return Math.round(best * 1000) / 1000;
}
