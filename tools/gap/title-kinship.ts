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
import { getRoleExtras } from "../../data/roles/extras.ts";
import { getRoles, titleWords } from "../../data/roles/index.ts";
import { titleWordCoverage } from "./title-closeness.ts";

/** Share of a role's months an adjacent role counts (a supervisor toward a manager). */
export const ADJACENT_WEIGHT = 0.5;

/** An O*NET title of the held role's occupation is the job's title when its coverage reaches this. */
const SAME_TITLE = 0.9;

const key = (title: string) => titleWords(title).join(" ");

interface Occupation {
  code: string;
  titles: string[];
}

let index: Map<string, Occupation[]> | undefined;

/** Held-title key -> every occupation that lists it among its titles. */
function occupationsByTitle(): Map<string, Occupation[]> {
  if (index) return index;
  index = new Map();
  for (const role of getRoles().roles) {
    const occupation = { code: role.code, titles: [role.title, ...role.titles.map((t) => t[0])] };
    // Each title's match key is stored with it (titleWords at build time): no re-reading 60k titles.
    for (const t of new Set([key(role.title), ...role.titles.map((t) => t[2])])) {
      if (!t) continue;
      const list = index.get(t);
      if (list) list.push(occupation);
      else index.set(t, [occupation]);
    }
  }
  return index;
}

/** The O*NET occupations listing a title word for word (its match key), [] when none does. */
export function occupationCodesOf(title: string): string[] {
  return [...new Set((occupationsByTitle().get(key(title)) ?? []).map((o) => o.code))];
}

/** Title words of a rank: a first-line lead below one who manages. */
const LEADS = new Set(["supervisor", "lead", "leader", "foreman", "coordinator", "associate", "assistant"]);
const MANAGES = new Set(["manager", "director", "head", "chief", "vp", "president"]);
const rank = (title: string) => {
  const words = titleWords(title);
  return words.some((w) => MANAGES.has(w)) ? 2 : words.some((w) => LEADS.has(w)) ? 1 : 0;
};
/** A supervisor's or lead's title: part of a manager's work, never all of it. */
export const isLeadGrade = (title: string | undefined) => !!title && rank(title) === 1;
const belowGrade = (held: string, jobTitles: readonly string[]) =>
  rank(held) < Math.max(...jobTitles.map(rank)) && Math.max(...jobTitles.map(rank)) === 2;

const cache = new Map<string, number>();

/**
 * How much a held title counts toward the job's titles, 0..1: 1 when one O*NET occupation
 * lists both titles (another name for the same work: "Staff Accountant" and "Auditor"),
 * ADJACENT_WEIGHT when an occupation that lists the held title goes by a longer title that
 * holds the job's ("Warehouse Supervisor" and "Warehouse Operations Manager" for "Operations
 * Manager"), else 0.
 */
export function titleKinship(heldTitle: string | undefined, jobTitles: readonly string[]): number {
  if (!heldTitle || jobTitles.length === 0) return 0;
  const id = `${key(heldTitle)}\u0000${jobTitles.map(key).join("\u0001")}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const occupations = occupationsByTitle().get(key(heldTitle)) ?? [];
  const jobKeys = new Set(jobTitles.map(key));
  const same = occupations.some((o) => o.titles.some((t) => jobKeys.has(key(t))));
  const adjacent =
    same ||
    occupations.some((o) =>
      o.titles.some((t) => jobTitles.some((j) => titleWordCoverage(j, t) >= SAME_TITLE)),
    );
  // A supervisor or lead toward a manager of the same work did part of it (O*NET files
  // "Shift Supervisor" under General and Operations Managers): adjacent, not the same.
  const kinship = same && !belowGrade(heldTitle, jobTitles) ? 1 : adjacent ? ADJACENT_WEIGHT : 0;
  if (cache.size > 5000) cache.clear();
  cache.set(id, kinship);
  return kinship;
}

/**
 * True when the work a held title names — the O*NET titles and duties of the occupations that
 * list it — says `phrase` ("Staff Accountant": "examine ... accounting records" says
 * accounting; "Backend Developer" does not).
 */
export function titleWorkSays(heldTitle: string | undefined, phrase: string): boolean {
  if (!heldTitle || !phrase.trim()) return false;
  const pattern = new RegExp(`\\b${phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
  const extras = getRoleExtras().roles;
  return (occupationsByTitle().get(key(heldTitle)) ?? []).some((o) => {
    const extra = extras[o.code];
    return [...o.titles, ...(extra?.duties ?? []), ...(extra?.alsoCalled ?? [])].some((t) => pattern.test(t));
  });
}
