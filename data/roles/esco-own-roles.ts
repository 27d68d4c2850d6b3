/**
 * Titles O*NET files under an occupation of another kind of work, which ESCO has as occupations
 * of their own ("driving instructor": O*NET's Self-Enrichment Teachers, ESCO's driving instructor),
 * with what ESCO says of them (data/roles/esco-own-roles.json, built by
 * scripts/build-esco-own-roles.ts). A described role with such a title asks these, not the O*NET
 * occupation's tools.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { jsonFileOnce } from "../json-file-once.ts";

export interface EscoOwnRole {
  /** The ESCO occupation's preferred label in title case ("Driving Instructor"). */
  title: string;
  /** The O*NET occupation the role finder files the title under (the one it replaces). */
  onet: string;
  /** ISCO-08 unit group ("5165"). */
  isco: string;
  /** Duties read from the ESCO description (verb phrases). */
  duties: string[];
  /** ESCO competence labels closest in meaning to those duties ("teach driving practices"). */
  fieldAsks?: string[];
  /** Soft-skill ids the description names. */
  softSkills?: string[];
  /** ESCO marks the occupation, or its ISCO unit group, a regulated profession. */
  regulated?: true;
}

export interface EscoOwnRoles {
  version: 1;
  builtFrom: string[];
  /** Keyed by the title's words (data/roles/title-words.ts `titleWords` joined by spaces). */
  roles: Record<string, EscoOwnRole>;
}

export const ESCO_OWN_ROLES_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "esco-own-roles.json",
);

export const getEscoOwnRoles = jsonFileOnce<EscoOwnRoles>(ESCO_OWN_ROLES_FILE);
