/**
 * Role profiles (data/roles/roles.json, built from O*NET by `npm run build:taxonomy`) and
 * `findRole`, which maps a free description ("I want to be a data engineer", "RN",
 * "front end dev") to the best occupations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../errors.ts";
import { titleWords } from "./title-words.ts";
import type { CompiledRoles, JobZone, RoleProfile } from "./types.ts";

export { titleWords } from "./title-words.ts";
export type { CompiledRoles, EducationLevel, JobZone, RoleProfile, RoleTitle } from "./types.ts";

export const ROLES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "roles.json");

export interface RoleMatch {
  role: RoleProfile;
  zone?: JobZone;
  /** 0..1 */
  score: number;
  /** The title that matched, as O*NET writes it. */
  matchedTitle: string;
}

interface TitleEntry {
  role: number;
  title: string;
  weight: number;
  words: number;
}

export class RoleCatalog {
  readonly roles: RoleProfile[];
  readonly zones: Record<number, JobZone>;
  private index?: Map<string, TitleEntry[]>;
  private maxWords = 1;

  constructor(compiled: CompiledRoles) {
    this.roles = compiled.roles;
    this.zones = compiled.zones;
  }

  get(code: string): RoleProfile | undefined {
    return this.roles.find((r) => r.code === code);
  }

  private titleIndex(): Map<string, TitleEntry[]> {
    if (this.index) return this.index;
    const index = new Map<string, TitleEntry[]>();
    this.roles.forEach((role, i) => {
      for (const [title, weight, key] of role.titles) {
        const words = key.split(" ").length;
        const list = index.get(key);
        if (list) list.push({ role: i, title, weight, words });
        else index.set(key, [{ role: i, title, weight, words }]);
        if (words > this.maxWords) this.maxWords = words;
      }
    });
    this.index = index;
    return index;
  }

  /**
   * Best occupations for a description. Every known title found in the text is a vote for
   * its occupations; a longer title, a more typical title (O*NET's own title, titles named by
   * more sources) and a title that covers more of a short description score higher.
   */
  findRole(text: string, limit = 3): RoleMatch[] {
    if (typeof text !== "string" || text.trim().length === 0) {
      throw new CareerCraftError("validation", 'Describe the role you want, e.g. "data engineer".');
    }
    const words = titleWords(text.slice(0, 2000));
    const index = this.titleIndex();
    // Longest titles first; a title inside a longer one that matched ("engineer" in "data
    // engineer") is not a separate vote.
    const found: { at: number; n: number; hits: TitleEntry[] }[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(this.maxWords, words.length - i); n >= 1; n--) {
        const hits = index.get(words.slice(i, i + n).join(" "));
        if (hits) found.push({ at: i, n, hits });
      }
    }
    found.sort((a, b) => b.n - a.n || a.at - b.at);
    const kept: typeof found = [];
    for (const f of found) {
      if (kept.some((k) => f.at < k.at + k.n && k.at < f.at + f.n)) continue;
      kept.push(f);
    }
    const best = new Map<number, RoleMatch>();
    for (const { n, hits } of kept) {
      for (const hit of hits) {
        // More words = more specific; a typical title (O*NET's own, named by many sources) counts more.
        const score = round(Math.sqrt(hit.weight) * (n / (n + 0.6)));
        const prev = best.get(hit.role);
        if (!prev || score > prev.score) {
          const role = this.roles[hit.role];
          best.set(hit.role, {
            role,
            zone: role.jobZone ? this.zones[role.jobZone] : undefined,
            score,
            matchedTitle: hit.title,
          });
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.role.code.localeCompare(b.role.code))
      .slice(0, limit);
  }
}

/**
 * Occupations whose technologies best cover a set of skills ("python", "statistics",
 * "sql" -> data scientists...): for a description that names no job title. A core skill
 * counts twice a common one.
 */
export function rolesForSkills(catalog: RoleCatalog, skillIds: string[], limit = 3): RoleMatch[] {
  const wanted = new Set(skillIds);
  if (wanted.size === 0) return [];
  const scored: RoleMatch[] = [];
  for (const role of catalog.roles) {
    let hit = 0;
    for (const id of role.coreSkills) if (wanted.has(id)) hit += 2;
    for (const id of role.commonSkills) if (wanted.has(id)) hit += 1;
    if (hit === 0) continue;
    const size = role.coreSkills.length * 2 + role.commonSkills.length;
    // Mostly: how much of the person's skill set the role uses; a little: how focused the role is on it.
    const score = round(0.8 * (0.7 * (hit / (2 * wanted.size)) + 0.3 * (hit / size)));
    scored.push({
      role,
      zone: role.jobZone ? catalog.zones[role.jobZone] : undefined,
      score,
      matchedTitle: role.title,
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.role.code.localeCompare(b.role.code)).slice(0, limit);
}

let singleton: RoleCatalog | undefined;

export function getRoles(): RoleCatalog {
  singleton ??= loadRoles(ROLES_FILE);
  return singleton;
}

export function loadRoles(file: string): RoleCatalog {
  let compiled: CompiledRoles;
  try {
    compiled = JSON.parse(readFileSync(file, "utf8")) as CompiledRoles;
  } catch (cause) {
    throw new CareerCraftError(
      "config",
      "The role profiles data file is missing or damaged; run `npm run build:taxonomy`.",
      {
        cause,
        details: { file },
      },
    );
  }
  if (compiled?.version !== 1 || !Array.isArray(compiled.roles)) {
    throw new CareerCraftError("corrupt_input", "The role profiles data file has an unknown format.", {
      details: { file },
    });
  }
  return new RoleCatalog(compiled);
}

/** Shortcut: best occupations for a description, using the shipped role profiles. */
export function findRole(text: string, limit = 3): RoleMatch[] {
  return getRoles().findRole(text, limit);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
