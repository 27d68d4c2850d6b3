/**
 * Whether a title the person held is adjacent to the job's work though no word of the job's
 * title is in it: read through O*NET, not a word list. The occupations that list the held
 * title among their titles ("Warehouse Supervisor" is a title of Transportation, Storage, and
 * Distribution Managers; "Account Executive" of the sales occupations) go by other titles
 * too, and when one of those is the job's title ("Warehouse Operations Manager" holds
 * "Operations Manager") the held role did the job's work at another grade or under another
 * name. Such a role counts at ADJACENT_WEIGHT of its dated months (score-experience.ts).
 *
 * Measured 2026-12-03 (the trial's three people): the offline embedder does not separate
 * these (cosine "Warehouse Supervisor"~"Operations Manager" 0.23, ~"Sales Manager" 0.21;
 * "Account Executive"~"Sales Manager" 0.23, ~"Operations Manager" 0.21), nor does the SOC
 * group alone (a warehouse supervisor is 53-1042 and 11-3071, the ad's role 11-1021).
 */
import { getRoles, titleWords } from "../../data/roles/index.ts";
import { titleWordCoverage } from "./title-closeness.ts";

/** Share of a role's months an adjacent role counts (a supervisor toward a manager). */
export const ADJACENT_WEIGHT = 0.5;

/** An O*NET title of the held role's occupation is the job's title when its coverage reaches this. */
const SAME_TITLE = 0.9;

const key = (title: string) => titleWords(title).join(" ");

let index: Map<string, string[][]> | undefined;

/** Held-title key -> the title lists of every occupation that lists it. */
function occupationsByTitle(): Map<string, string[][]> {
  if (index) return index;
  index = new Map();
  for (const role of getRoles().roles) {
    const titles = [role.title, ...role.titles.map((t) => t[0])];
    for (const t of new Set(titles.map(key))) {
      if (!t) continue;
      const list = index.get(t);
      if (list) list.push(titles);
      else index.set(t, [titles]);
    }
  }
  return index;
}

const cache = new Map<string, boolean>();

/** True when an occupation that lists `heldTitle` also goes by one of `jobTitles`. */
export function adjacentTitle(heldTitle: string | undefined, jobTitles: readonly string[]): boolean {
  if (!heldTitle || jobTitles.length === 0) return false;
  const id = `${key(heldTitle)}\u0000${jobTitles.map(key).join("\u0001")}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const occupations = occupationsByTitle().get(key(heldTitle)) ?? [];
  const found = occupations.some((titles) =>
    titles.some((t) => jobTitles.some((j) => titleWordCoverage(j, t) >= SAME_TITLE)),
  );
  if (cache.size > 5000) cache.clear();
  cache.set(id, found);
  return found;
}
