/**
 * How close a job's title (or one of the titles a role goes by) is to the titles the person
 * has held: the better of two readings, each 0..1 —
 *   - meaning: cosine of the offline embedder's vectors ("Lawyer" ~ "Attorney"), and
 *   - words: the share of the job title's words found in one of the person's titles, after
 *     everyday forms are unified ("QA" = "quality assurance", "Sr" = "senior", plurals), a
 *     rank or generic word ("manager", "engineer", "senior") weighing a third of a word that
 *     names the trade ("QA Engineer" ~ "QA Manager" is close; "Network Manager" ~ "QA Manager"
 *     is not, though their vectors are, the shared "manager" dominating them).
 */
import type { Embedder } from "../../data/embeddings/types.ts";
import { titleWords } from "../../data/roles/title-words.ts";
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

export function titleCloseness(embedder: Embedder, jobTitles: string[], heldTitles: string[]): number {
  if (jobTitles.length === 0 || heldTitles.length === 0) return 0;
  const jobVectors = vectorsFor(embedder, jobTitles);
  const heldVectors = vectorsFor(embedder, heldTitles);
  let best = 0;
  jobVectors.forEach((j, a) => {
    heldVectors.forEach((h, b) => {
      best = Math.max(best, dot(j, h), titleWordCoverage(jobTitles[a]!, heldTitles[b]!));
    });
  });
  return Math.round(best * 1000) / 1000;
}
