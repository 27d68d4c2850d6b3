/**
 * "location 0??? I said I'm willing to relocate", "why is salary n/a, I told you 90k": a
 * complaint about a score that states a preference (issue 12). Read in pieces it was an
 * explanation of the score plus a stored preference plus a second analysis; what the person
 * wants is the preference taken into account: stored and the job scored again with it.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { setPreferences } from "./plans/profile-plans.ts";
import { extractScoreKey } from "./slots.ts";
import type { Outcome, PlanContext, Segment } from "./types.ts";

/** The scores a stated preference feeds. */
const PREFERENCE_SCORES = new Set(["salary", "location", "cultureFit"]);

/**
 * Words that talk about the score itself (its value, that it is wrong): "I'd relocate" names the
 * location score's subject only; "location 0???" or "why is salary n/a" talks about the score.
 */
const ABOUT_THE_SCORE =
  /\b(?:scor\w*|rat(?:ed|ing)|zero|n\/?a|low|lower|why|how come|wrong|unfair)\b|(?:^|\s)\d{1,3}(?:\/100|%)?(?=[\s?!.,]|$)|\?{2,}/;

export function complaintWithPreference(seg: Segment, context: PlanContext): Outcome | undefined {
  if (!context.focus.analysisId) return undefined;
  const score = extractScoreKey(seg.t);
  if (!score || !PREFERENCE_SCORES.has(score) || !ABOUT_THE_SCORE.test(seg.t)) return undefined;
  if (Object.keys(preferencesIn(seg.raw)).length === 0) return undefined;
  return setPreferences(seg, context);
}
