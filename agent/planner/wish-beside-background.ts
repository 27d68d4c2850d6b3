/**
 * A background told beside the job wanted ("I've been a line cook for 6 years and I want to become
 * a sous chef", "welder 9 yrs, thinking about becoming an inspector", "Je suis aide-soignante depuis
 * 8 ans, je veux devenir infirmière"), with a profile already loaded, asks for one thing: the target
 * (and a fit, when asked). The job held is the reason for the wish, not a change to the profile:
 * every outside conversation split (blind12..blind16) labels such messages set_dream_job alone
 * (or with analyze_fit), none labels them a background save (conv17u decided chat12q's save
 * beside the wish against that convention).
 * The background is still saved when it is all there is (a profile still empty, or "no resume"
 * said), and when the person marks the job as something to add ("I worked 3 years as a barista
 * too", "also", "not on my resume").
 */

import type { PlannedCall } from "../tools/schemas.ts";
import { NO_RESUME } from "./background-phrases.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** A job told as an addition to what the profile has. */
const ADDED =
  /\b(?:too|also|as well|on top of that|besides that|not on (?:my|the) (?:resume|cv))\b|\b(?:tambi[eé]n|aussi|auch|tamb[eé]m|bhi)\b/iu;

/** An order to add an entry ("add my job at …"), in the chat's languages: no background told. */
const ORDERED =
  /^\s*(?:(?:pls|please|can you|could you)\s+)?(?:add|put|save|include|log|record|list|agrega|añade|ajoute|rajoute|füg|trag|adiciona|coloca)\b/iu;

/**
 * The background save, or the model's experience entry of the same words told ("Could I become a
 * digital archivist? I've been a records clerk since 2009 …": blind15 read the second piece as an
 * entry and saved it beside the target).
 */
const toldBackground = (c: PlannedCall) =>
  c.name === "save_background" ||
  (c.name === "add_profile_entry" &&
    c.args.kind === "experience" &&
    !ORDERED.test(String(c.args.text ?? "")));

/** The outcomes without a background save beside a target set, on a profile already loaded. */
export function wishBesideBackground(outcomes: Outcome[], raw: string, context: PlanContext): Outcome[] {
  const calls = outcomes.flatMap((o) => o.calls);
  if (!calls.some((c) => c.name === "set_dream_job") || !calls.some(toldBackground)) return outcomes;
  // A first message, or a profile with no skill in it: the background is all there is to go on.
  const loaded =
    context.focus.hasProfile && !(context.ownSkills !== undefined && context.ownSkills.length === 0);
  if (!loaded || NO_RESUME.test(raw) || ADDED.test(raw)) return outcomes;
  return outcomes
    .map((o) => ({ ...o, calls: o.calls.filter((c) => !toldBackground(c)) }))
    .filter((o) => o.calls.length > 0 || o.say);
}
