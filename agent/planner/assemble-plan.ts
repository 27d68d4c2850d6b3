/**
 * The last step of understanding a message: its outcomes (one per request in it) become one
 * plan. Kept apart from understand.ts, which decides what a message asks, because this part
 * only combines and tidies what was decided (repeated calls merged, a new roadmap instead of
 * showing the old one, the week remembered, tools this deployment lacks said to be missing).
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { gapClaimSaid } from "./gap-claim-said.ts";
import { withoutHelpBesideAnswer } from "./help-beside-answer.ts";
import { mergeIntoPlanned } from "./merge-calls.ts";
import type { Detected } from "./nlu/language.ts";
import { normalize } from "./normalize.ts";
import { orderedTargetOnly } from "./ordered-target-only.ts";
import { pendingAged } from "./pending-answer.ts";
import { rerunInFocus } from "./rerun-in-focus.ts";
import { targetAsMeant } from "./target-as-meant.ts";
import type { Outcome, Plan, PlanContext, Say } from "./types.ts";
import { weeksSaid } from "./weeks-said.ts";
import { wishBesideBackground } from "./wish-beside-background.ts";
import { splitWorkPatternFromTarget } from "./work-pattern-in-target.ts";

/** What the plan is assembled from besides the outcomes. */
export interface Assembling {
  /** Calls that come first whatever the message says (reading attached resumes). */
  prefix: PlannedCall[];
  /** The message, trimmed. */
  raw: string;
  language: Detected;
}

const FILE_ANSWERS = new Set<string>(["ask_resume", "ask_job", "ask_skill", "ask_entry", "clarify"]);

export function assemblePlan(said: Outcome[], from: Assembling, context: PlanContext): Plan {
  const { prefix, raw, language } = from;
  // "why is X a gap? I use Y every day": Y recorded and X explained against it.
  // "…, I want to become X, put that as my target": the target alone (ordered-target-only.ts).
  // "a line cook 6 years, I want to become a sous chef" on a loaded profile: the target alone too.
  const outcomes = wishBesideBackground(orderedTargetOnly(gapClaimSaid(said, raw), raw), raw, context);
  const plan: Plan = { calls: [...prefix], says: [] };
  const firstCall = outcomes.find((o) => o.calls.length)?.calls[0];
  if (firstCall) plan.lastIntent = firstCall.name;
  // "no, the other one" next: the same request on the other candidate (other-one.ts); a
  // message that called nothing leaves nothing to redo.
  // A question about an application's company is answered by the next message or not at all.
  // A resume read from an attachment with nothing else asked is the last call too ("what did you
  // get from it" next is about that resume; plain-questions.ts).
  const lastCall = firstCall ?? prefix.find((c) => c.name === "read_resume");
  plan.remember = {
    lastCall: lastCall ? { name: lastCall.name, args: lastCall.args } : null,
    ...(context.focus.applicationAsked ? { applicationAsked: null } : {}),
    ...(context.focus.reminderAsked ? { reminderAsked: null } : {}),
    ...pendingAged(context.focus), // a deletion asked about waits a few messages (pending-answer.ts)
  };
  // Two words ("ok gracias") say too little to change what the conversation is in.
  if (language.supported && raw.split(/\s+/).length >= 3) plan.language = language.language;
  if (
    language.language !== "en" &&
    language.supported &&
    !(context.focus.languagesNoted ?? []).includes(language.language)
  ) {
    plan.says.push({ kind: "language_note", detail: language.language });
    plan.languageNoted = language.language;
  }
  for (const o of outcomes) {
    for (const c of o.calls) {
      if (mergeIntoPlanned(plan.calls, c)) continue;
      if (prefix.length > 0 && c.name === "read_resume") continue;
      // A job ad attached as a file is the target: the message's words only frame it.
      if (c.name === "set_dream_job" && prefix.some((p) => p.name === "set_dream_job")) continue;
      if (!plan.calls.some((p) => p.name === c.name && JSON.stringify(p.args) === JSON.stringify(c.args)))
        plan.calls.push(c);
    }
    // With a file attached, the words beside it frame the file: asking back what they meant
    // ("Which skill should I add?" after "here's the job ad" + ad.txt) is noise.
    if (o.say && !(prefix.length > 0 && FILE_ANSWERS.has(o.say.kind))) plan.says.push(o.say);
    if (o.awaiting !== undefined) plan.awaiting = o.awaiting;
    if (o.remember) plan.remember = { ...plan.remember, ...o.remember };
  }
  plan.calls = rerunInFocus(plan.calls, raw, context.focus); // "rerun it" with an analysis in focus
  plan.calls = targetAsMeant(splitWorkPatternFromTarget(plan.calls), raw); // "part-time" is no role word (trial17 §1); a role refused is not the target (trial19 §1)
  if (plan.calls.some((c) => c.name === "reanalyze"))
    plan.calls = plan.calls.filter((c) => c.name !== "analyze_fit");
  // "I can study 6 hours a week, build me a roadmap": the new roadmap is what they will see.
  if (plan.calls.some((c) => c.name === "create_roadmap"))
    plan.calls = plan.calls.filter((c) => c.name !== "show_roadmap");
  const week = weekNamed(plan.calls, raw);
  if (week !== undefined) plan.remember = { ...plan.remember, week };
  if (plan.calls.length === 0 && plan.says.every((s) => s.kind === "language_note"))
    plan.says.push({ kind: raw ? "unknown" : "help" });
  // Asked back: the next message may pick a choice or say again what was meant (after-ask-back.ts).
  const askedBack = plan.calls.length === 0 ? plan.says.find((s) => ASKS_BACK.has(s.kind)) : undefined;
  if (askedBack) plan.remember = { ...plan.remember, askedBack: askedBack.choices?.map((c) => c.text) ?? [] };
  else if (context.focus.askedBack) plan.remember = { ...plan.remember, askedBack: null };
  return restrictToAvailable(withoutHelpBesideAnswer(plan), context);
}

/**
 * Replies that ask what the person meant instead of acting; the help list too ("can you help
 * me with the thing" gets it, and "i mean my resume, whats in it" says what was meant).
 */
const ASKS_BACK = new Set<Say["kind"]>(["clarify", "unknown", "help"]);

/** The roadmap week this message talks about, or null when it moves on from the week named before. */
function weekNamed(planned: PlannedCall[], raw: string): number | null | undefined {
  const roadmap = planned.find((c) => ["show_roadmap", "record_progress", "create_roadmap"].includes(c.name));
  if (!roadmap) return undefined;
  if (typeof roadmap.args.week === "number") return roadmap.args.week;
  return roadmap.name === "show_roadmap" ? (weeksSaid(normalize(raw))[0] ?? null) : null;
}

/** Tools not installed in this deployment become a polite "not available" instead of a call. */
function restrictToAvailable(plan: Plan, context: PlanContext): Plan {
  const kept: PlannedCall[] = [];
  const says: Say[] = [...plan.says];
  for (const c of plan.calls) {
    if (context.available.has(c.name)) kept.push(c);
    else if (!says.some((s) => s.kind === "not_available" && s.detail === c.name))
      says.push({ kind: "not_available", detail: c.name });
  }
  return { ...plan, calls: kept, says };
}
