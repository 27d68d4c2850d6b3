/**
 * What the conversation already says about the next message, applied to the intent
 * model's readings. The model reads one message (plus a coarse topic word); the dialogue
 * state knows more: what was just asked for, and what exists to talk about.
 *
 * - A reading that needs something the conversation does not have ("a hint" with no
 *   question on the table, "explain that score" with nothing analysed here, "cancel" with
 *   nothing under way) is dropped.
 * - Readings in the same family as the last request or the topic in focus are more likely
 *   (after "finished week 1", "no wait, week 2 isn't done" is about progress; after logging
 *   an application, "Ramp reached out" is a status change): their scores are raised by a
 *   fixed prior and the readings renormalised. A reading far ahead outside the family
 *   still wins; a close call goes to the conversation's thread. The prior chooses between
 *   readings; it never makes the model's own choice less sure (understand.ts keeps the
 *   larger of the two scores for the reading chosen).
 */
import type { Focus } from "../graph/focus.ts";
import type { IntentScore } from "./nlu/intent-model.ts";

/** Requests that belong together: one family per thing a person works on. */
const FAMILIES: string[][] = [
  ["add_skill", "update_skill", "remove_skill", "show_skills"],
  ["read_resume", "show_profile", "add_profile_entry"],
  [
    "set_dream_job",
    "analyze_fit",
    "reanalyze",
    "explain_score",
    "explain_gap",
    "list_analyses",
    "compare_analyses",
    "set_preferences",
  ],
  ["create_roadmap", "show_roadmap", "record_progress"],
  [
    "search_questions",
    "questions_for_gaps",
    "practice_question",
    "answer_question",
    "bookmark_question",
    "list_bookmarks",
    "remove_bookmark",
    "hint",
  ],
  [
    "add_application",
    "update_application_status",
    "list_applications",
    "application_stats",
    "delete_application",
    "list_reminders",
    "set_reminder",
    "cancel_reminder",
  ],
  ["export_data", "delete_data", "forget_resume", "link_account"],
];

/**
 * What people ask next after a target or an analysis, though each belongs to another family:
 * practice questions on the gaps, the profile the analysis read, a plan to close the gaps.
 * Kept out of FAMILIES so that after one of them its own family stays the thread (after a
 * roadmap is made, progress on it is; after questions, bookmarking one is).
 */
const ANALYSIS_NEXT = ["questions_for_gaps", "show_profile", "create_roadmap"];

/** The intent each topic word stands for, to find its family. */
const TOPIC_INTENT: Record<NonNullable<Focus["topic"]>, string> = {
  job: "set_dream_job",
  analysis: "analyze_fit",
  roadmap: "show_roadmap",
  question: "search_questions",
  application: "list_applications",
};

/** How much likelier a reading in the conversation's family is than the model alone says. */
export const FAMILY_PRIOR = 1.5;

function familyOf(intent: string | undefined): string[] {
  return (intent && FAMILIES.find((f) => f.includes(intent))) || [];
}

/** The intents the conversation is in the middle of: the last request's family and the topic's. */
export function inThread(focus: Focus): Set<string> {
  const thread = new Set([
    ...familyOf(focus.lastIntent),
    ...familyOf(focus.topic ? TOPIC_INTENT[focus.topic] : undefined),
  ]);
  if (thread.has("analyze_fit")) for (const next of ANALYSIS_NEXT) thread.add(next);
  return thread;
}

const questionOnTable = (focus: Focus) => focus.awaiting === "practice_answer" || Boolean(focus.questionId);
const analysedHere = (focus: Focus) => Boolean(focus.analysisId) || (focus.analysed ?? 0) > 0;

const analysedOrTargeted = (focus: Focus) => analysedHere(focus) || Boolean(focus.jobId);

/** Readings that need something in the conversation; without it they are not what was meant. */
const NEEDS: Record<string, (focus: Focus) => boolean> = {
  // "save this" after an analysis is not a bookmark: there is no question to keep.
  bookmark_question: (focus) => questionOnTable(focus) || Boolean(focus.questionIds?.length),
  hint: questionOnTable,
  answer_question: questionOnTable,
  // With a target set and not yet analysed, "what am I missing?" runs the analysis first
  // (explain-before-analysis): the target is enough to mean it.
  explain_score: analysedOrTargeted,
  explain_gap: analysedOrTargeted,
  // "done with all of it" after a roadmap week is progress: ending something needs something
  // under way (a question asked, a practice question open, a step offered).
  // Interview practice is under way while a question is in focus, even once it was bookmarked
  // and no answer is awaited ("c'est bon, on arrête" after "bookmark it" was asked back).
  cancel: (focus) => Boolean(focus.awaiting || focus.picking || focus.offered || focus.topic === "question"),
};

/** Whether a reading needs an analysis and this conversation has none ("what am I missing?" with no job yet). */
export const lacksAnalysis = (intent: string, focus: Focus): boolean =>
  NEEDS[intent] === analysedOrTargeted && !analysedHere(focus);

/** Above this the model's reading is what was meant, whatever the conversation holds. */
const SURE_READING = 0.7;

/** The model's readings, weighed by what the conversation holds; best first. */
export function weighByDialogue(ranked: IntentScore[], focus: Focus): IntentScore[] {
  const thread = inThread(focus);
  // A reading the model is sure of stays even when its subject is missing ("why?" with nothing
  // analysed): its tool then says there is none yet, which beats not understanding.
  const possible = ranked.filter((r) => r.score >= SURE_READING || (NEEDS[r.intent]?.(focus) ?? true));
  if (thread.size === 0) return possible;
  // Renormalised over the model's whole mass (dropped readings included), so dropping the
  // top reading leaves the rest as unsure as they were instead of inflating them.
  const weight = (r: IntentScore) => r.score * (thread.has(r.intent) ? FAMILY_PRIOR : 1);
  const total = ranked.reduce((sum, r) => sum + weight(r), 0) || 1;
  return possible
    .map((r) => ({ intent: r.intent, score: weight(r) / total }))
    .sort((a, b) => b.score - a.score);
}
