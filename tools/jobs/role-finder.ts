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

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/front[\s-]?end/g, "frontend")
    .replace(/back[\s-]?end/g, "backend")
    .replace(/full[\s-]?stack/g, "fullstack")
    .split(/[^a-z0-9+#]+/)
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
    let best: { t: IndexedTitle; score: number; index: number } | undefined;
    for (const k of present) {
      for (const index of byRarestKey.get(k) ?? []) {
        const t = titles[index]!;
        if (!t.keys.every((w) => present.has(w))) continue;
        const score = t.keys.length * 10 + t.weight * 5;
        // Highest score, then lowest occupation code, then the title listed first.
        if (
          !best ||
          score > best.score ||
          (score === best.score &&
            (t.role.code < best.t.role.code || (t.role.code === best.t.role.code && index < best.index)))
        )
          best = { t, score, index };
      }
    }
    if (!best) return undefined;
    const zone = best.t.role.jobZone !== null ? compiled.zones[best.t.role.jobZone] : undefined;
    const extra = extras?.roles[best.t.role.code];
    return {
      role: best.t.role,
      ...(zone ? { zone } : {}),
      matchedTitle: best.t.title,
      ...(best.t.curated ? { curated: true } : {}),
      ...(extra ? { extra } : {}),
      generic,
    };
  };
}
