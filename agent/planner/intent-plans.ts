/**
 * From an intent (what the model says the person wants) to a plan: the tool call with its
 * arguments, or what to say. Arguments come from the slot readers the rule files already
 * have (run here only to fill slots of the intent the model chose), then from the
 * conversation's focus ("they", "the second one"), then from the person's own words.
 * When a required slot is still missing the planner asks for it instead of guessing.
 */

import { honestSubject } from "./honest-subject.ts";
import { honestDetail } from "./honest-words.ts";
import { asksForNextStep, nextStepSay } from "./next-step.ts";
import { statesOwnNews } from "./own-news.ts";
import { ANALYSIS_PLANS } from "./plans/analysis-plans.ts";
import { APPLICATION_PLANS } from "./plans/application-plans.ts";
import { ENTRY_CORRECTION_PLANS } from "./plans/entry-correction-plans.ts";
import { type Planner, words } from "./plans/plan-kit.ts";
import { PROFILE_PLANS } from "./plans/profile-plans.ts";
import { QUESTION_PLANS } from "./plans/question-plans.ts";
import { REMINDER_PLANS } from "./plans/reminder-plans.ts";
import { ROADMAP_PLANS } from "./plans/roadmap-plans.ts";
import { ROLE_CHANGE_PLANS } from "./plans/role-change-plans.ts";
import { entryRule } from "./rules-profile.ts";
import { say } from "./types.ts";

const SAYS_BYE =
  /\b(?:bye|byee+|goodbye|good night|see (?:you|ya)|cya|that'?s all|ciao|adi[oó]s|tchau|au revoir|tsch[uü]ss)\b/;

/** Intents answered in words alone (no tool). */
const CONVERSATION_PLANS: Record<string, Planner> = {
  greeting: words("greeting"),
  help: (seg, ctx) => (asksForNextStep(seg.t) ? { calls: [], say: nextStepSay(ctx.focus) } : say("help")),
  // "thanks, bye": a leave-taking with the thanks is a goodbye (trial13 §15: "What next?" to it).
  thanks: (seg) => say(SAYS_BYE.test(seg.t) ? "goodbye" : "thanks"),
  goodbye: words("goodbye"),
  // "c'est bon, on arrête" over interview questions ends the practice, said as such.
  cancel: (_seg, ctx) => say("cancelled", null, ctx.focus.topic === "question" ? "practice" : undefined),
  confirm: words("nothing_to_confirm"),
  refusal_out_of_scope: words("refusal_out_of_scope"),
  // "can I lie about my salary?": why not, and what true thing to say instead (honest-words.ts).
  // "i just graduated with a finance degree" tells, and asks nothing untrue: a profile entry.
  refusal_harmful: (seg, ctx) => {
    if (statesOwnNews(seg.raw))
      return (
        entryRule({ ...seg, t: seg.t.replace(/\bi (?:just|recently|finally) /, "i ") }, ctx) ??
        say("ask_entry")
      );
    const claim = honestSubject(seg.raw);
    return claim
      ? say("refusal_harmful", undefined, honestDetail(claim.subject, claim.skill))
      : say("refusal_harmful");
  },
  refusal_scores: words("refusal_scores"),
  hint: words("hint"),
  pause: words("pause"),
  feelings: words("feelings"),
  privacy: words("privacy"),
  unclear: words("unknown"),
};

/** Every intent -> its plan; one file per concern under plans/. */
export const INTENT_PLANS: Record<string, Planner> = {
  ...PROFILE_PLANS,
  ...ROLE_CHANGE_PLANS,
  ...ENTRY_CORRECTION_PLANS,
  ...ANALYSIS_PLANS,
  ...ROADMAP_PLANS,
  ...APPLICATION_PLANS,
  ...REMINDER_PLANS,
  ...QUESTION_PLANS,
  ...CONVERSATION_PLANS,
};
