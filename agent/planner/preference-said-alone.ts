/**
 * "500 rupaye per ghanta", "no weekends", "day shift only": a short message that is only an
 * hourly pay or a shift, said with nothing before it. The intent model reads such a fragment as
 * little (it asked back "which of these did you want?" or gave the help list: trial findings
 * on hourly pay in other languages and shift preferences). Stored as a preference when the one
 * preference reader (tools/gap/stated-preferences.ts) finds an hourly pay or a shift in it, no
 * skill is named, and the model is not sure of another request.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { CHATTER } from "./practice-request.ts";
import { type Reading, SURE } from "./reading.ts";
import { correctsToRole } from "./same-again.ts";
import { knownSkillNames } from "./slot-words.ts";
import type { Outcome, PlanContext } from "./types.ts";

const MOST_WORDS = 12;

/**
 * Whether a message may be a preference said on its own: short, naming no skill, and not a
 * request the model is sure of (preference-added.ts asks the same after a preference).
 */
export function mayBePreference(whole: Reading, mostWords: number): boolean {
  const raw = whole.seg.raw;
  // "20 hrs max": a limit said, not the Max skill (conv15u).
  const skills = knownSkillNames(raw).filter((s) => !/^(?:max|min)$/i.test(s));
  if (raw.trim().split(/\s+/).length > mostWords || skills.length > 0) return false;
  return !(
    whole.score >= SURE &&
    whole.intent !== "set_preferences" &&
    whole.intent !== "unclear" &&
    !CHATTER.has(whole.intent)
  );
}

export function preferenceSaidAlone(whole: Reading, context: PlanContext): Outcome | undefined {
  // "no! I said part-time career advisor": a role corrected, the kind of employment beside it.
  if (!mayBePreference(whole, MOST_WORDS) || correctsToRole(whole.seg.raw, context.focus.lastIntent))
    return undefined;
  const found = preferencesIn(whole.seg.raw);
  // "only part-time", "nur Teilzeit" (chat12u): the kind of employment wanted, said alone.
  if (found.salaryPeriod !== "hour" && !found.shifts?.length && !found.employment?.length) return undefined;
  return INTENT_PLANS.set_preferences!(whole.seg, context);
}
