/**
 * One message read by the intent model with the conversation's context, and what that reading
 * becomes: the plan for a sure reading, a continuation of the last request, or a question back
 * with the likeliest readings. Shared by the planner's entry (understand.ts) and its handling of
 * answers to questions it asked (awaited-answers.ts).
 */

import { isAdviceTopic } from "../../tools/advice/types.ts";
import { rolePhrase } from "../../tools/jobs/role-lead-ins.ts";
import { choicesFor } from "./clarify.ts";
import { shouldAsk } from "./clarify-decision.ts";
import { credentialPassed } from "./credential-passed.ts";
import { weighByDialogue } from "./dialogue-prior.ts";
import { workplaceStandard } from "./employer-certified.ts";
import { fitAskedNotPlan } from "./fit-not-plan.ts";
import { formatReading } from "./format-readings.ts";
import { ASKS_TO_MISSTATE } from "./honest-subject.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import { labelledEntry } from "./labelled-entry.ts";
import { materialSent } from "./material-sent.ts";
import { requestWords } from "./message-pieces.ts";
import { moveSaid } from "./move-said.ts";
import type { Context } from "./nlu/corpus.ts";
import { CLARIFY_BELOW, type IntentScore, intentModel } from "./nlu/intent-model.ts";
import { normalize } from "./normalize.ts";
import { saysRemoval } from "./operation-words.ts";
import { statesRoleInOtherLanguage } from "./plans/analysis-plans.ts";
import { quotedSkillRemoved } from "./quoted-skill.ts";
import { roadmapBudgetSaid } from "./roadmap-budget-said.ts";
import { saidOfFocus } from "./said-of-focus.ts";
import { asksScoreChanged } from "./score-change-asked.ts";
import { knownSkillNames, skillNames } from "./slot-words.ts";
import { targetDirected } from "./target-directed.ts";
import { targetNamedOutright } from "./target-named-outright.ts";
import { twoTargetsWeighed } from "./two-targets-weighed.ts";
import type { Outcome, PlanContext, Segment } from "./types.ts";
import { saysWorkHistoryLine } from "./work-history-line.ts";
import { guardWrites } from "./write-guard.ts";

/** Below this the top intent is a guess: ask back with choices instead (chosen with the model). */
export const CONFIDENCE = CLARIFY_BELOW;
/** A piece of a longer message counts as a request of its own only this sure. */
export const SURE = 0.7;

export const toSegment = (raw: string): Segment => ({ raw, t: normalize(raw) });

export function contextOf(focus: PlanContext["focus"]): Context | undefined {
  if (focus.awaiting === "practice_answer") return "question";
  return focus.topic;
}

export interface Reading {
  intent: string;
  score: number;
  ranked: IntentScore[];
  seg: Segment;
  /** The model's own top reading needs something this conversation lacks ("save this" with no question). */
  ruledOut: boolean;
  /** The model's own top reading, before the conversation weighed it. */
  own: IntentScore;
}

export async function read(raw: string, context: PlanContext): Promise<Reading> {
  const seg = toSegment(raw);
  const model = await intentModel().classify(requestWords(raw), contextOf(context.focus));
  // "quiero saber si soy apta, no un roadmap": the fit, whatever the model leans to (fit-not-plan.ts).
  const fit = fitAskedNotPlan(raw) ? [{ intent: "analyze_fit", score: SURE }] : [];
  // "bank teller at Chase": a line of work history, whatever the model leans to (work-history-line.ts).
  if (!fit.length && !context.focus.awaiting && (await saysWorkHistoryLine(raw)))
    fit.push({ intent: "add_profile_entry", score: SURE });
  // "we were an ISO 13485 certified plant": the standard worked under, an exact format whatever the
  // model leans to (employer-certified.ts; the add_profile_entry plan records it as a skill).
  if (!fit.length && !context.focus.awaiting && workplaceStandard(raw))
    fit.push({ intent: "add_profile_entry", score: SURE });
  const shaped = !fit.length && !context.focus.awaiting ? formatReading(raw) : undefined; // format-readings.ts
  if (shaped) fit.push({ intent: shaped, score: SURE });
  const ranked = [...fit, ...weighByDialogue(model, context.focus)].filter((r) =>
    saysWhatItNeeds(r.intent, seg.t),
  );
  const top = ranked[0] ?? { intent: "unclear", score: 0 };
  const own = model.find((r) => r.intent === top.intent)?.score ?? 0;
  const first = model[0] ?? { intent: "unclear", score: 0 };
  const ruledOut = model.length > 0 && !ranked.some((r) => r.intent === first.intent);
  return { intent: top.intent, score: Math.max(top.score, own), ranked, seg, ruledOut, own: first };
}

/**
 * Deleting everything cannot be undone, so it is never read from a message with no word of
 * removing: "oi, tudo bem?" ("hi, all good?") shares "tudo" with "apaga tudo" and was read as
 * a request to delete the account.
 */
function saysWhatItNeeds(intent: string, t: string): boolean {
  if (intent === "refusal_scores") return asksScoreChanged(t); // "sou compatível?" asks nothing changed
  return (intent !== "delete_data" && intent !== "forget_resume") || saysRemoval(t);
}

/** Readings this likely are worth offering; below it the message matched nothing we do. */
const PLAUSIBLE = 0.15;

/** What people usually want next in each state, offered when a message names nothing. */
const NEXT_BY_TOPIC: Record<string, string[]> = {
  job: ["analyze_fit", "create_roadmap", "set_dream_job"],
  analysis: ["explain_score", "create_roadmap", "questions_for_gaps"],
  roadmap: ["show_roadmap", "record_progress", "create_roadmap"],
  question: ["practice_question", "bookmark_question", "search_questions"],
  application: ["list_applications", "update_application_status", "application_stats"],
  none: ["show_profile", "set_dream_job", "help"],
};

function clarify(reading: Reading, context: PlanContext): Outcome {
  // Mostly words no example uses ("purple elephants dancing"): nothing to offer but the help list.
  if (intentModel().language.knownShare(reading.seg.raw) < 0.5)
    return { calls: [], say: { kind: "unknown" } };
  const term = skillNames(reading.seg.raw)[0];
  // Only readings that can be offered as a request count ("thanks" or "cancel" cannot).
  const likely = reading.ranked
    .filter((r) => r.score >= PLAUSIBLE && r.intent !== "unclear" && choicesFor([r.intent]).length)
    .map((r) => r.intent);
  // A vague request ("ok do that"), one whose reading needs what the conversation lacks
  // ("save this" after an analysis), or one of our words with no likely reading gets what
  // usually comes next here; gibberish (above) the help list.
  if (likely.length < 2) likely.push(...NEXT_BY_TOPIC[contextOf(context.focus) ?? "none"]);
  const wished = rolePhrase(reading.seg.raw);
  const role = wished.phrase !== reading.seg.raw.trim() && !wished.language ? wished.phrase : undefined;
  const choices = choicesFor(likely, term, role);
  if (choices.length < 2) return { calls: [], say: { kind: "unknown" } };
  return { calls: [], say: { kind: "clarify", choices } };
}

/** Requests a bare "and ..." can continue: the same kind of thing again. */
export const CONTINUABLE = new Set([
  "add_profile_entry",
  "add_skill",
  "record_progress",
  "add_application",
  "remove_skill",
  "explain_gap",
  "explain_score",
]);

/** Readings that close or pause rather than add a detail ("and thanks", "and never mind"). */
export const ENDINGS = new Set(["thanks", "goodbye", "cancel", "confirm", "greeting", "pause", "feelings"]);

/**
 * Requests whose details may come in the next message on their own ("add my internship at
 * IBM" then "summer 2024, software intern, …"; questions about Go, then "any about
 * goroutines?"): an unsure reading of that next message continues them when their slots fill.
 */
const TAKES_DETAILS = new Set([...CONTINUABLE, "search_questions", "update_skill"]);

/** Requests a next message continues only when it asks the same kind of thing. */
const ASKS_AGAIN = new Set(["explain_score", "explain_gap"]);

function continuation(reading: Reading, context: PlanContext): Outcome | undefined {
  const last = context.focus.lastIntent;
  const words = reading.seg.raw.trim().split(/\s+/).length;
  if (!last || !TAKES_DETAILS.has(last) || words < 2) return undefined;
  // An explanation asked again names what to explain, in words the model ties to explaining
  // ("and the experience one?"); "give me interview questions" right after "why?" was read as
  // another score explanation (the explanation's plan always finds something to explain).
  if (ASKS_AGAIN.has(last) && !reading.ranked.some((r) => ASKS_AGAIN.has(r.intent) && r.score >= PLAUSIBLE))
    return undefined;
  // A search is narrowed in a few words ("any on recursion?"); a long message is something else.
  if (last === "search_questions" && words > 8) return undefined;
  const plan = INTENT_PLANS[last];
  const outcome = plan?.(reading.seg, context);
  return outcome?.calls.length ? outcome : undefined;
}

/**
 * An unsure reading acted on anyway: below the cut-off the learned decision (clarify-decision.ts)
 * weighs how the reading looks (its lead over the runner-up, the message's length and language,
 * whether it continues the thread in focus) and acts when that is likelier right than wrong.
 * Only below the cut-off: above it, asking back by the decision lost messages the cut-off got right.
 */
function actedOnUnsure(reading: Reading, context: PlanContext): Outcome | undefined {
  if (reading.intent === "unclear" || reading.intent === "confirm") return undefined;
  const plan = INTENT_PLANS[reading.intent];
  if (!plan) return undefined;
  const language = intentModel().language.detect(reading.seg.raw).language;
  const asks = shouldAsk({
    ranked: reading.ranked,
    score: reading.score,
    text: reading.seg.raw,
    otherLanguage: language !== "en",
    context: contextOf(context.focus),
    focus: context.focus,
  });
  return asks ? undefined : guardWrites(plan(reading.seg, context), reading.seg.raw, reading.ranked);
}

/**
 * Ways of asking for interview questions (for the gaps, found by a search, one to practise):
 * a message the model splits between them ("give me interview questions": 0.38 / 0.30 / 0.29)
 * asks for questions all the same; it was read as the last request continued or asked back.
 */
const ASKS_FOR_QUESTIONS = new Set(["questions_for_gaps", "search_questions", "practice_question"]);

function askedForQuestions(reading: Reading): Reading | undefined {
  const asked = reading.ranked.filter((r) => ASKS_FOR_QUESTIONS.has(r.intent));
  const together = asked.reduce((sum, r) => sum + r.score, 0);
  return asked[0] && together >= SURE ? { ...reading, intent: asked[0].intent, score: together } : undefined;
}

/**
 * A reading that is a request of its own in a message of several: a planned one, or career
 * advice answered in words ("mark it as an offer - and how do I negotiate this?" is the status
 * change and the advice; the advice alone was answered, conv12p).
 */
export const plannable = (intent: string): boolean => Boolean(INTENT_PLANS[intent]) || isAdviceTopic(intent);

const asksToLie = (reading: Reading): boolean =>
  ASKS_TO_MISSTATE.test(reading.seg.raw) &&
  reading.ranked.some((r) => r.intent === "refusal_harmful" && r.score >= 0.2);

const toolsUsed = (raw: string): boolean =>
  /^i\s+(?:work\s+with|use|used)\s+[^?]+$/i.test(raw.trim()) && knownSkillNames(raw).length >= 2;

export function outcomeOf(reading: Reading, context: PlanContext): Outcome {
  // "can you make it an 8 week version" over a roadmap: made again with that budget (roadmap-budget-said.ts).
  const budget =
    roadmapBudgetSaid(reading, context) ??
    targetNamedOutright(reading.seg.raw) ??
    credentialPassed(reading.seg.raw) ?? // "passed my IRATA level 3 today!!"
    twoTargetsWeighed(reading.seg.raw) ?? // "torn between food inspector and QA lead"
    targetDirected(reading.seg.raw, context) ?? // "…, so put that as my target"
    materialSent(reading, context, SURE) ?? // "fired off my reel to <studio> for …"
    labelledEntry(reading.seg, context) ?? // "add project: <name>, …"
    saidOfFocus(reading, context) ??
    moveSaid(reading) ?? // "go from nanny to …", "aiming for … roles"
    quotedSkillRemoved(reading.seg.raw); // "tira 'gestão de estoque' das minhas habilidades"
  if (budget) return budget;
  const questions = reading.score < CONFIDENCE ? askedForQuestions(reading) : undefined;
  if (questions) return outcomeOf(questions, context);
  if (reading.intent === "unclear" || reading.score < CONFIDENCE)
    return (
      continuation(reading, context) ??
      statesRoleInOtherLanguage(reading.seg, context) ??
      actedOnUnsure(reading, context) ??
      clarify(reading, context)
    );
  // "alright then" with nothing waiting for a yes: after a target or an analysis it most
  // likely agrees to what usually comes next, so that is offered rather than "nothing to confirm".
  if (reading.intent === "confirm" && contextOf(context.focus)) return clarify(reading, context);
  // "¿puedo mentir sobre cuánto gano?" read as pay advice, lying a close second: the honest
  // answer (Spanish pay-question lines pulled it to advice once they were trained).
  if (isAdviceTopic(reading.intent) && asksToLie(reading))
    return INTENT_PLANS.refusal_harmful!(reading.seg, context);
  // "I work with Jira, Confluence and Slack daily" read as feelings by the rebuilt model: tools
  // named after "I work with / I use" are skills said.
  if ((reading.intent === "feelings" || isAdviceTopic(reading.intent)) && toolsUsed(reading.seg.raw))
    return INTENT_PLANS.add_skill!(reading.seg, context);
  const plan = INTENT_PLANS[reading.intent];
  if (!plan) return { calls: [], say: { kind: "advice", detail: reading.intent } };
  const planned = plan(reading.seg, context);
  // A question or a hypothetical that reads as a write asks back instead of writing.
  return guardWrites(planned, reading.seg.raw, reading.ranked);
}
