/**
 * A described role's duty done in a role the person held, read from what that role's occupation
 * does (issue 13, new-user trial 2026-12-06): a cashier of two years toward bank teller was told
 * she showed none of the teller's duties — "Receive and pay out money" — though O*NET's own
 * words for a cashier are "Receive and disburse money"; a warehouse lead was told "no role held
 * in this trade" for "supervise loading of cargo"; a machinist who does first-article
 * inspection showed none of a quality inspector's checks. A recruiter reads a kindred or feeder
 * role's usual work into its title; so does this, from data, not a list of role pairs:
 *   - the held title's occupations (role-occupations.ts, the one reader of a role's occupations):
 *     those O*NET files it under word for word (or the curated common title the role finder
 *     reads in it), and the one the occupation reader (a nearest-centroid classifier over
 *     O*NET/ESCO titles) reads it as ("Warehouse Lead", which O*NET does not list, reads as a
 *     first-line supervisor of material movers);
 *   - that occupation's work: its O*NET duties, its ESCO duties and its trade's ESCO competences
 *     (data/roles role-extras);
 *   - the ask is done there when one of them says it: the offline embedder's cosine at the bar a
 *     resume line meets an ask (evidence.ts SIMILARITY_MET), or the word-by-word duty reading
 *     (duty-match.ts) for a short ask.
 * Only a described role's asks (a role profile's duties and a trade's competences) are read so:
 * an ad's asks are the employer's words and are met by what the resume itself says. A title
 * filed under many occupations says little about any one and is not read.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { getRoleExtras } from "../../data/roles/extras.ts";
import { phraseMatch } from "./duty-match.ts";
import { dot, SIMILARITY_MET, vectorsFor } from "./evidence.ts";
import type { TypedRequirement } from "./requirements.ts";
import { occupationsOfRole } from "./role-occupations.ts";
import { occupationCodesOf } from "./title-kinship.ts";
import { occupationTitle } from "./trade-kinship.ts";

/** A title filed under more occupations than this names no one kind of work. */
const MAX_OCCUPATIONS = 4;

export interface HeldWork {
  /** "Cashier, Walmart": the role quoted. */
  role: string;
  /** The held role's occupation ("Cashiers"). */
  occupation: string;
  /** The occupation's own words that say the ask ("Receive and disburse money …"). */
  duty: string;
  similarity: number;
}

/** A title without its grade words: "Senior Sales Representative" is O*NET's "Sales Representative". */
const withoutGrade = (title: string) =>
  title
    .replace(/\b(senior|sr|junior|jr|lead|principal|trainee|i{1,3})\b\.?/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The occupations a held title names (role-occupations.ts), [] when none or too many. */
export function heldOccupations(title: string): string[] {
  const codes = occupationsOfRole({ title });
  return codes.length > MAX_OCCUPATIONS ? [] : codes;
}

/** What an occupation does, in O*NET's and ESCO's words. */
export function workOf(code: string): string[] {
  const extra = getRoleExtras().roles[code];
  if (!extra) return [];
  return [...extra.duties, ...(extra.escoDuties ?? []), ...(extra.fieldAsks ?? [])];
}

/** The line of an occupation's own work that says the ask best, when one says it (cosine or duty reading). */
export function occupationSays(
  code: string,
  ask: string,
  embedder: Embedder,
): { duty: string; similarity: number } | undefined {
  const work = workOf(code);
  if (work.length === 0 || !embedder.embedSync) return undefined;
  const [askVector, ...vectors] = vectorsFor(embedder, [ask, ...work]);
  let similarity = -1;
  let at = -1;
  vectors.forEach((v, i) => {
    const s = dot(askVector!, v);
    if (s > similarity) [similarity, at] = [s, i];
  });
  const phrase = phraseMatch(ask, work);
  if (phrase && phrase.similarity > similarity) [similarity, at] = [phrase.similarity, phrase.at];
  return similarity >= SIMILARITY_MET ? { duty: work[at]!, similarity } : undefined;
}

/** A duty ask as an occupation's work says it: without its "Able to" lead-in. */
export const dutyAsk = (requirement: TypedRequirement) => requirement.text.replace(/^able to /i, "");

/**
 * Whether a held title may be read as the described occupation itself: only when O*NET lists
 * the title (less its grade) word for word — the role finder's reading of a long title ("…
 * Operations Project Manager (APAC)" as an operations manager) would meet every duty of that
 * role with its own words.
 */
export const readsAsTarget = (title: string, code: string, target: string | undefined) =>
  code !== target || occupationCodesOf(withoutGrade(title)).includes(code);

/**
 * The held role whose occupation's work says the ask, with that work quoted; undefined when
 * none does, or the ask is not a described role's (`described`: the role profile's occupation).
 */
export function heldWorkSays(
  requirement: TypedRequirement,
  profile: ProfileSnapshot,
  described: string | undefined,
  embedder: Embedder | undefined,
): HeldWork | undefined {
  if (requirement.type !== "duty" || !(requirement.typicalOf || described) || !embedder?.embedSync)
    return undefined;
  const target = requirement.typicalOf ?? described;
  const ask = dutyAsk(requirement);
  let best: HeldWork | undefined;
  for (const e of profile.experience) {
    if (!e.title || !(e.start || e.end || e.current)) continue;
    for (const code of heldOccupations(e.title)) {
      if (!readsAsTarget(e.title, code, target)) continue;
      const says = occupationSays(code, ask, embedder);
      if (says && (!best || says.similarity > best.similarity))
        best = {
          role: [e.title, e.company].filter(Boolean).join(", "),
          occupation: occupationTitle(code),
          duty: says.duty,
          similarity: Math.round(says.similarity * 1000) / 1000,
        };
    }
  }
  return best;
}

/** The line quoted for an ask met by held work. */
export const heldWorkQuote = (w: HeldWork | undefined) =>
  w && `${w.role} (as ${w.occupation} work: "${w.duty.slice(0, 100)}")`;
