/**
 * A described title O*NET files under an occupation of another kind of work ("driving
 * instructor" is an alternate title of Self-Enrichment Teachers, whose tools are Photoshop and
 * whose linked duties are dance: trial13 §1) is read as the ESCO occupation of that name
 * (data/roles/esco-own-roles.json): its duties and the competences closest to them, none of the
 * O*NET occupation's tools, job zone or curated core. When ESCO's description yields no
 * competence either, the role says so: it is not known well enough, and an ad is what to ask for.
 */
import { type EscoOwnRole, getEscoOwnRoles } from "../../data/roles/esco-own-roles.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import type { RoleMatch } from "./dream-role.ts";

export interface OwnRoleReading {
  match: RoleMatch;
  own: EscoOwnRole;
}

/** The ESCO occupation the said title names, when O*NET filed it under `match`'s occupation. */
export function escoOwnRole(
  said: string,
  match: RoleMatch,
  roles: Record<string, EscoOwnRole> = getEscoOwnRoles().roles,
): OwnRoleReading | undefined {
  const own = Object.hasOwn(roles, titleWords(said).join(" "))
    ? roles[titleWords(said).join(" ")]
    : undefined;
  if (!own || own.onet !== match.role.code) return undefined;
  const words = titleWords(own.title).join(" ");
  return {
    own,
    match: {
      role: {
        ...match.role,
        title: own.title,
        jobZone: null,
        coreSkills: [],
        commonSkills: [],
        toolKinds: [],
        titles: [[own.title, 1, words]],
      },
      matchedTitle: own.title,
      extra: {
        duties: own.duties,
        alsoCalled: [],
        ...(own.softSkills ? { softSkills: own.softSkills } : {}),
        ...(own.fieldAsks ? { fieldAsks: own.fieldAsks } : {}),
        ...(own.regulated
          ? {
              credentials: {
                basis: ["ESCO: a regulated profession"],
                licences: [{ name: own.title, aka: [] }],
              },
            }
          : {}),
      },
      ...(match.generic ? { generic: match.generic } : {}),
    },
  };
}

/** What a posting built from the ESCO occupation says of itself (its first note). */
export function ownRoleNote(title: string, own: EscoOwnRole, onetTitle: string): string {
  const basis = `These are typical requirements for the role "${title}" as the ESCO occupation "${own.title}" describes it (its duties and the competences closest to them). O*NET files this title under "${onetTitle}", whose tools and duties are another kind of work, so they are not asked.`;
  return own.fieldAsks?.length ? basis : `${basis} ${THIN_ROLE_NOTE}`;
}

/** Said of a role whose requirements the data does not know well. */
export const THIN_ROLE_NOTE =
  "I don't know this role's requirements well: paste a real job ad for it and I'll use the employer's own asks.";
