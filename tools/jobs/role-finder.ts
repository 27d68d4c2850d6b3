/**
 * Finds the O*NET role profile a free-text description names ("data engineer",
 * "front end developer", "RN"): the title whose words all appear in the text, preferring
 * longer and more typical titles. Pure over the compiled role data.
 */
import { CURATED_TITLES } from "../../data/roles/curated-titles.ts";
import type { RoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles, RoleProfile } from "../../data/roles/types.ts";
import type { RoleFinder, RoleMatch } from "./dream-role.ts";

const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "for",
  "in",
  "at",
  "to",
  "i",
  "want",
  "be",
  "become",
  "as",
  "job",
  "role",
]);

/**
 * Title abbreviations people type ("ops manager", "customer service rep", "web dev"): read
 * as the words they stand for, in the text and in the titles alike.
 */
const ABBREVIATIONS: Record<string, string> = {
  ops: "operations",
  mgr: "manager",
  mngr: "manager",
  mgmt: "management",
  rep: "representative",
  reps: "representatives",
  dev: "developer",
  devs: "developers",
  engr: "engineer",
  asst: "assistant",
  coord: "coordinator",
  sr: "senior",
  jr: "junior",
};

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/front[\s-]?end/g, "frontend")
    .replace(/back[\s-]?end/g, "backend")
    .replace(/full[\s-]?stack/g, "fullstack")
    .split(/[^a-z0-9+#]+/)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .filter((w) => w.length > 0 && !STOP.has(w));

/** A curated title outranks any O*NET title with up to one more word (score = 10 per word + 5 x weight). */
export const CURATED_WEIGHT = 3.5;

/** Plural-insensitive word key ("engineers" = "engineer"). */
const key = (w: string) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

/** The words of a text or title as the finder compares them (stop words dropped, plurals folded). */
export const wordKeys = (text: string): string[] => words(text).map(key);

interface IndexedTitle {
  role: RoleProfile;
  title: string;
  weight: number;
  keys: string[];
  curated: boolean;
}

/** Words that grade a role rather than name another one: "senior web designer" is a web designer. */
const GRADE_WORDS = new Set([
  "senior",
  "junior",
  "lead",
  "principal",
  "staff",
  "entry",
  "level",
  "i",
  "ii",
  "iii",
  "iv",
]);

type Candidate = Pick<IndexedTitle, "keys" | "weight"> & { role: Pick<RoleProfile, "code"> };

const scoreOf = (t: Candidate) => t.keys.length * 10 + t.weight * 5;

/** Highest score, then lowest occupation code, then the title listed first (lower order). */
function better(a: Candidate, aOrder: number, b: Candidate, bOrder: number): boolean {
  const sa = scoreOf(a);
  const sb = scoreOf(b);
  return (
    sa > sb || (sa === sb && (a.role.code < b.role.code || (a.role.code === b.role.code && aOrder < bOrder)))
  );
}

/**
 * The title that names the role, among the titles whose words are all in the text (in
 * listing order). The best score wins; then a title that holds all of the winner's words and
 * names the role more fully takes its place ("nurse practitioner" over the curated "nurse"),
 * unless what it adds only grades the role ("senior"). The curated bonus is for titles of
 * the same or nearly the same length whose words merely also occur in the text.
 */
export function pickTitle<T extends Candidate>(matches: readonly { t: T; order: number }[]): T | undefined {
  let best: { t: T; order: number } | undefined;
  for (const m of matches) if (!best || better(m.t, m.order, best.t, best.order)) best = m;
  while (best) {
    const held = new Set(best.t.keys);
    let fuller: { t: T; order: number } | undefined;
    for (const m of matches) {
      if (m.t.keys.length <= held.size || !best.t.keys.every((k) => m.t.keys.includes(k))) continue;
      if (m.t.keys.every((k) => held.has(k) || GRADE_WORDS.has(k))) continue;
      if (!fuller || better(m.t, m.order, fuller.t, fuller.order)) fuller = m;
    }
    if (!fuller) break;
    best = fuller;
  }
  return best?.t;
}

/**
 * `extras` (data/roles/role-extras.json) adds each occupation's duties and other titles and
 * the technologies too common to ask; without it a role is its technologies alone.
 */
export function createRoleFinder(compiled: CompiledRoles, extras?: RoleExtras): RoleFinder {
  const generic: ReadonlySet<string> = new Set(extras?.generic ?? []);
  const titles: IndexedTitle[] = [];
  // The curated common titles first, weighted above O*NET's own titles of the same length.
  const byCode = new Map(compiled.roles.map((r) => [r.code, r]));
  for (const [title, code] of CURATED_TITLES) {
    const role = byCode.get(code);
    if (role) titles.push({ role, title, weight: CURATED_WEIGHT, keys: wordKeys(title), curated: true });
  }
  for (const role of compiled.roles) {
    for (const [title, weight] of [[role.title, 1] as [string, number], ...role.titles]) {
      const keys = wordKeys(title);
      if (keys.length > 0) titles.push({ role, title, weight, keys, curated: false });
    }
  }
  // A title matches only when every one of its words is in the text, so it is enough to
  // look at titles through their rarest word: each title is filed under that one word, and
  // a query visits only the titles filed under its own words (tens instead of every
  // O*NET title — the scan took ~4 ms a turn).
  const frequency = new Map<string, number>();
  for (const t of titles) for (const k of new Set(t.keys)) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const byRarestKey = new Map<string, number[]>();
  titles.forEach((t, index) => {
    const rarest = t.keys.reduce((a, b) => (frequency.get(b)! < frequency.get(a)! ? b : a));
    const list = byRarestKey.get(rarest);
    if (list) list.push(index);
    else byRarestKey.set(rarest, [index]);
  });

  return (text: string): RoleMatch | undefined => {
    const present = new Set(wordKeys(text));
    const matches: { t: IndexedTitle; order: number }[] = [];
    for (const k of present) {
      for (const index of byRarestKey.get(k) ?? []) {
        const t = titles[index]!;
        if (t.keys.every((w) => present.has(w))) matches.push({ t, order: index });
      }
    }
    const picked = pickTitle(matches);
    if (!picked) return undefined;
    const zone = picked.role.jobZone !== null ? compiled.zones[picked.role.jobZone] : undefined;
    const extra = extras?.roles[picked.role.code];
    return {
      role: picked.role,
      ...(zone ? { zone } : {}),
      matchedTitle: picked.title,
      ...(picked.curated ? { curated: true } : {}),
      ...(extra ? { extra } : {}),
      generic,
    };
  };
}
