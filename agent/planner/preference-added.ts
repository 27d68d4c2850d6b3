/**
 * "oh and it has to be within 20 minutes of Tucson", "plus nothing under 18 an hour" right after
 * a preference was stored: another preference, stored the same way (conv12o, a blind5 class:
 * a follow-up preference was asked back or taken as chatter, since the model reads a place or a
 * pay alone as little). Only when the message states a preference the preference reader finds,
 * names no skill, and the model is not sure of another request.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { mayBePreference, preferenceSaidAlone } from "./preference-said-alone.ts";
import type { Reading } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

const MOST_WORDS = 20;

export function preferenceAdded(whole: Reading, context: PlanContext): Outcome | undefined {
  // With no preference just stored: an hourly pay or a shift said alone (preference-said-alone.ts).
  if (context.focus.lastIntent !== "set_preferences") return preferenceSaidAlone(whole, context);
  if (!mayBePreference(whole, MOST_WORDS) || Object.keys(preferencesIn(whole.seg.raw)).length === 0)
    return undefined;
  return INTENT_PLANS.set_preferences!(whole.seg, context);
}
