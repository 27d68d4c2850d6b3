/**
 * "what about now?", "and now?", "y ahora?", "et maintenant ?", "und jetzt?", "e agora?", "ab?"
 * right after the person changed their profile (added a skill, told a job, corrected a fact):
 * the fit for the job last checked, checked again with the profile as it is now. Found in the
 * lead's new-user trial (issue 12): after "add negotiation", "what about now" repeated the skill
 * update or explained the old analysis, whose gaps still listed the skill just added.
 *
 * Only a short message that asks nothing but "now" counts: every word is a "now" word or one of
 * the few words people wrap it in ("what about", "how do I look", "qué tal", "ça donne quoi",
 * "wie sieht's aus", "como fico", "kaisa hai"); "now add SQL" or "what should I do now" are
 * requests of their own.
 */
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/** The requests that change what the profile says, after which the fit may have moved. */
const PROFILE_CHANGES = new Set([
  "add_skill",
  "update_skill",
  "remove_skill",
  "add_profile_entry",
  "save_background",
  "change_role",
  "correct_profile_entry",
  "read_resume",
]);

/** "now" in the chat's languages. */
const NOW = new Set(["now", "ahora", "maintenant", "la", "jetzt", "nun", "agora", "ab", "abhi"]);

/** Words said around "now" that ask for nothing else, in the chat's languages. */
const AROUND_NOW = new Set(
  (
    "and what about how bout so ok okay alright right then is it my fit score look looks looking do i am " +
    "does the match stand chances whats how's hows what's me check again " +
    "y que tal como estoy quedo queda mi mis encajo " +
    "et ca donne quoi alors comment je suis mon ma " +
    "und wie sieht's siehts sieht es aus passe ich passt mein meine " +
    "e tal fico ficou ai estou minha meu " +
    "aur kya kaisa kaise hai haal mera meri main hoon"
  ).split(" "),
);

/** Whether the message only asks "and now?" (nothing but "now" and the words around it). */
export function asksOnlyAboutNow(raw: string): boolean {
  const words = raw
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/’/g, "'")
    .split(/[^\p{L}']+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.some((w) => NOW.has(w)) && words.every((w) => NOW.has(w) || AROUND_NOW.has(w));
}

/**
 * The fit checked again after a profile change, when the message only asks "and now?": the
 * analysis in focus re-run with the profile as stored; with only a job in focus, its first analysis.
 */
export function recheckAfterChange(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.lastIntent || !PROFILE_CHANGES.has(focus.lastIntent)) return undefined;
  if (!asksOnlyAboutNow(raw)) return undefined;
  if (focus.analysisId) return { calls: [call("reanalyze", { analysisId: focus.analysisId })] };
  if (focus.jobId) return { calls: [call("analyze_fit", { jobId: focus.jobId })] };
  return undefined;
}
