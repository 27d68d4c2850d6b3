/**
 * What a role profile knows beyond its technologies (data/roles/role-extras.json, built by
 * scripts/build-role-extras.ts from O*NET and ESCO): the occupation's duties, the other
 * titles it goes by, and the technologies too widespread to say anything about one role.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface RoleExtra {
  /** O*NET's description of the occupation's work, one sentence per duty. */
  duties: string[];
  /** Other titles of the occupation (O*NET reported/alternate titles, ESCO labels). */
  alsoCalled: string[];
  /**
   * Soft-skill ids the occupation's work names (tools/gap/soft-skills.ts `softSkillsNamedIn`
   * over the O*NET description and the linked ESCO occupation's description: "supervise
   * assigned team members" -> leadership). Absent in older files.
   */
  softSkills?: string[];
  /**
   * Industries the occupation works in (tools/jobs/signals.ts `findDomains` over the same
   * descriptions: a registered nurse's patients and medical records -> healthcare).
   */
  domains?: string[];
}

export interface RoleExtras {
  version: 1;
  builtFrom: string[];
  /** Skill ids listed for a large share of all occupations (Excel, Outlook...). */
  generic: string[];
  roles: Record<string, RoleExtra>;
}

export const ROLE_EXTRAS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "role-extras.json");

let loaded: RoleExtras | undefined;

export function getRoleExtras(): RoleExtras {
  loaded ??= JSON.parse(readFileSync(ROLE_EXTRAS_FILE, "utf8")) as RoleExtras;
  return loaded;
}
