/**
 * What an occupation's work is, from the role data only (O*NET's description of the
 * occupation as duties, its central kinds of tools, its job zone's preparation): the facts
 * behind an answer to "what does a UX designer do?". Nothing is written that the data does
 * not state.
 */
import type { RoleMatch } from "./dream-role.ts";

export interface RoleWork {
  /** The title as the role data matched it ("ux designer"). */
  title: string;
  /** The O*NET occupation it belongs to ("Web and Digital Interface Designers"). */
  occupation: string;
  /** Duties as O*NET states them, the first few. */
  duties: string[];
  /** The kinds of tools central to the occupation ("CRM software"), the most central first. */
  toolKinds: string[];
  /** O*NET's wording of the preparation its job zone needs. */
  preparation?: string;
  /** O*NET marks the occupation as licensed or registered. */
  licensed: boolean;
}

/** A duty that is a note about the occupation, not work done ("Licensing or registration required"). */
const NOT_A_DUTY = /^(?:licens|registration|excludes?\b|includes?\b)/i;

export function roleWork(match: RoleMatch, maxDuties = 3): RoleWork {
  const duties = match.extra?.duties ?? [];
  return {
    title: match.matchedTitle,
    occupation: match.role.title,
    duties: duties.filter((d) => !NOT_A_DUTY.test(d.trim())).slice(0, maxDuties),
    toolKinds: (match.role.toolKinds ?? [])
      .filter((k) => k.required && !k.widespread)
      .slice(0, 3)
      .map((k) => k.name),
    preparation: match.zone?.education,
    licensed: duties.some((d) => /^licens/i.test(d.trim())) || match.extra?.credentials !== undefined,
  };
}
