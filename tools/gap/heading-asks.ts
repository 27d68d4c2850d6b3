/**
 * An item under a heading that says it is asked ("Requirements:", "What we require:", "Nice to
 * have:") is an ask of the candidate, however few its words: "Employee relations casework" or
 * "Inventory cycle counts" read alone like work to do or like nothing in particular (the ask
 * classifier reads them `duty` or `other`), but the ad's heading says the candidate must
 * bring them (issue 13: an HR ad's requirements were left out). What the item's own words put
 * on the employer or on the job's future work is still not an ask: "We offer ...",
 * "You will be responsible for ...", "Apply by ...".
 */
import type { AskClass } from "./ask-classifier.ts";

/** Words of a sentence that speaks of the employer, the offer or what the hire will do. */
const NOT_OF_CANDIDATE =
  /\b(we|we're|our|us|you will|you'll|will be|responsible for|join(ing)?|offer(s|ed|ing)?|apply|applicants?|salary|compensation|perks?|benefits (include|package)|paid time off)\b/i;

export function askByHeading(
  text: string,
  underAskHeading: boolean | undefined,
  about: AskClass | undefined,
): boolean {
  if (!underAskHeading || (about !== "duty" && about !== "other")) return false;
  return !NOT_OF_CANDIDATE.test(text);
}
