/**
 * "I use HubSpot every day as an account manager", "i use quickbooks daily as a bookkeeper": the
 * tools of the job held, which the intent model reads as a target (the job named after "as").
 * Trial 2026-12-06: the skill was lost or saved as "Salesforce every day as a senior sales rep".
 * No wish is said, so nothing is a target: the tools named are skills (slot-words.ts skillNames).
 */
import { skillNames } from "./slot-words.ts";

const USED_IN_JOB =
  /^\s*(?:(?:and|also|plus)\s+)?(?:i|we)\s+(?:use|used|have used|work with|worked with|run|ran)\s+(.{2,120}?)\s+(?:(?:almost\s+)?(?:every\s*day|daily|all the time|constantly|regularly|a lot)\b.*?\s)?(?:at work\s+)?as\s+(?:an?|the|my)\s+\S/i;

/** Wanting, aiming, moving: then the job named is where they want to go. */
const WISH =
  /\b(?:want|wanna|would like|hope|hoping|aim|aiming|become|target|switch|move|moving|transition|looking for|apply|applying|dream)\b/i;

/** The tools named in a "<tools> … as a <job I hold>" message, or undefined when it is not one. */
export function toolsUsedInJob(raw: string): string[] | undefined {
  const m = USED_IN_JOB.exec(raw);
  if (!m || WISH.test(raw)) return undefined;
  const names = skillNames(`use ${m[1]!.replace(/\s+(?:it|them)$/i, "")}`).filter(
    (n) => n.toLowerCase() !== "use",
  );
  return names.length ? names : undefined;
}
