/**
 * Finds the O*NET role profile a free-text description names ("data engineer",
 * "front end developer", "RN"): the title whose words all appear in the text, preferring
 * longer and more typical titles. Pure over the compiled role data.
 */
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

/** Plural-insensitive word key ("engineers" = "engineer"). */
const key = (w: string) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);

interface IndexedTitle {
  role: RoleProfile;
  title: string;
  weight: number;
  keys: string[];
}

export function createRoleFinder(compiled: CompiledRoles): RoleFinder {
  const titles: IndexedTitle[] = [];
  for (const role of compiled.roles) {
    for (const [title, weight] of [[role.title, 1] as [string, number], ...role.titles]) {
      const keys = words(title).map(key);
      if (keys.length > 0) titles.push({ role, title, weight, keys });
    }
  }
  return (text: string): RoleMatch | undefined => {
    const present = new Set(words(text).map(key));
    let best: { t: IndexedTitle; score: number } | undefined;
    for (const t of titles) {
      if (!t.keys.every((k) => present.has(k))) continue;
      const score = t.keys.length * 10 + t.weight * 5;
      if (!best || score > best.score || (score === best.score && t.role.code < best.t.role.code))
        best = { t, score };
    }
    if (!best) return undefined;
    const zone = best.t.role.jobZone !== null ? compiled.zones[best.t.role.jobZone] : undefined;
    return { role: best.t.role, ...(zone ? { zone } : {}), matchedTitle: best.t.title };
  };
}
