/**
 * What a role profile knows beyond its technologies (data/roles/role-extras.json, built by
 * scripts/build-role-extras.ts from O*NET and ESCO): the occupation's duties, the other
 * titles it goes by, and the technologies too widespread to say anything about one role.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../json-file-once.ts";
import type { EducationLevel } from "./types.ts";

/** A licence, registration or certification to practise an occupation, by the names it goes by. */
export interface RoleLicence {
  /** The occupation it licenses, as a title ("Registered Nurse"). */
  name: string;
  /** Other names and abbreviations of that occupation ("RN", "APRN"): a credential naming one matches. */
  aka: string[];
}

/**
 * What a licensed or regulated occupation requires beyond skills (scripts/build-role-extras.ts
 * `addCredentials`): its own licence and the licences its requirement names, and a degree
 * that experience cannot stand in for.
 */
export interface RoleCredentials {
  /** Why, in the sources' words: "O*NET: Licensing or registration required", "ESCO: a regulated profession". */
  basis: string[];
  /** A degree level no amount of experience replaces ("master" for specialised graduate education). */
  degree?: EducationLevel;
  /** The occupation's own licence first, then prerequisite ones ("Registered Nurse" for a nurse practitioner). */
  licences: RoleLicence[];
}

export interface RoleExtra {
  /** O*NET's description of the occupation's work, one sentence per duty. */
  duties: string[];
  /**
   * Duties the linked ESCO occupation's description states that O*NET's does not, in the
   * same form (scripts/taxonomy/esco-duties.ts). Absent in older files.
   */
  escoDuties?: string[];
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
  /**
   * Knowledge the occupation's duties call for (taxonomy ids of ESCO knowledge and curated
   * domains, the closest first; scripts/taxonomy/duty-skills.ts): what a described role asks
   * when no kind of tool is central to it. Absent in older files.
   */
  dutySkills?: string[];
  /**
   * The trade's own competences (ESCO skill/competence labels, the closest first; "cook meat
   * dishes", "repair wiring"; scripts/taxonomy/field-asks.ts): what a described role asks when
   * no kind of tool is central to it, matched by meaning to what the resume says was done.
   */
  fieldAsks?: string[];
  /** Licences and a degree the occupation requires, for licensed or regulated occupations only. */
  credentials?: RoleCredentials;
}

export interface RoleExtras {
  version: 1;
  builtFrom: string[];
  /** Skill ids listed for a large share of all occupations (Excel, Outlook...). */
  generic: string[];
  roles: Record<string, RoleExtra>;
}

export const ROLE_EXTRAS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "role-extras.json");

export const getRoleExtras = jsonFileOnce<RoleExtras>(ROLE_EXTRAS_FILE);
