/**
 * "how much does it pay?", "change it to friday", "bookmark it" when nothing is open — no job
 * set, no application logged, no question asked, no list shown: the "it" points at nothing, so
 * the person is asked what they mean (with the likeliest things to do as choices) instead of
 * being answered about something they never named (salary advice, "I can't change a score",
 * "There is no question to bookmark yet"). conv12n: a class of blind3/blind4's misses. A message
 * that names what it is about (a skill, a company, a role, a week) is read as before, and so are
 * readings the loaded resume could be the "it" of (show it, read it again, delete everything).
 */
import type { Focus } from "../graph/focus.ts";
import { choicesFor } from "./clarify.ts";
import { withoutManner } from "./message-pieces.ts";
import type { Reading } from "./reading.ts";
import { skillNames } from "./slot-words.ts";
import type { Outcome } from "./types.ts";

/** The pointing words: the message's only object is one of them. */
const POINTS = /(?<![\p{L}])(?:it|that(?:\s+one)?|this(?:\s+one)?|them|eso|isso|ça|usko|isko)(?![\p{L}])/iu;
/** "what does it pay for nurses", "to be a welder": a thing named after a preposition. */
const NAMES_A_THING =
  /\b(?:for|as|to be|to become|at|in|with|into)\s+(?:an?\s+|the\s+)?(?!(?:it|that|this|them|me|now|today|real|sure|all|later|you)\b)\p{L}{3,}/iu;
/** Readings whose reply is about the thing pointed at (not talk, not the person's own resume or data). */
const ABOUT_A_THING = new Set([
  "salary_negotiation",
  "refusal_scores",
  "company_research",
  "bookmark_question",
  "remove_bookmark",
  "set_reminder",
  "cancel_reminder",
  "explain_score",
  "explain_gap",
  "record_progress",
  "practice_question",
  "answer_question",
  // The model's own "nothing named" ("push it to thursday"): which thing, asked with choices.
  "unclear",
]);

/** Nothing a pointing word could mean is in the conversation: no job, application, question, list or plan. */
function nothingOpen(focus: Focus): boolean {
  const listed = [
    focus.questionIds,
    focus.applications,
    focus.skillsListed,
    focus.remindersListed,
    focus.gaps,
  ];
  return (
    !focus.jobId &&
    !focus.analysisId &&
    !focus.roadmapId &&
    !focus.questionId &&
    !focus.application &&
    !focus.untracked &&
    !focus.offered &&
    !focus.topic &&
    listed.every((l) => !l?.length)
  );
}

/**
 * "is it any good?", "c'est bien ?", "ist das gut?": a judgement asked of the thing pointed at,
 * whatever the model reads (it read a greeting; conv12r, a blind8 class).
 */
const JUDGES_IT =
  /^(?:so\s+|and\s+|but\s+)?(?:is|was|would|will|does)\s+(?:it|that|this)(?:\s+one)?\s+(?:any\s+)?(?:good|ok|okay|bad|fine|right|legit|worth\s+it|enough|decent)\s*\??$|^(?:c['’]est|est-ce)\s+(?:bien|bon)\s*\??$|^(?:est[aá]|es)\s+(?:bien|bueno)\s*\??$|^ist\s+(?:das|es)\s+gut\s*\??$|^(?:isso\s+)?(?:[eé]|t[aá])\s+bom\s*\??$|^(?:ye|yeh|woh?)\s+(?:accha|achha|theek)\s+hai\s*\??$/iu;

/** A question back when a short message points at something and nothing is open to point at. */
export function pointsAtNothing(reading: Reading, focus: Focus): Outcome | undefined {
  const judged = JUDGES_IT.test(reading.seg.raw.trim());
  if (!(ABOUT_A_THING.has(reading.intent) || judged) || !nothingOpen(focus)) return undefined;
  const raw = reading.seg.raw.trim();
  // "quiz me. make it hard": the "it" of a word that only says how points at the request itself.
  if (raw.split(/\s+/).length > 7 || !POINTS.test(withoutManner(raw))) return undefined;
  // A thing named after the first word (a company, a skill, a role) is what it is about.
  if (skillNames(raw).length > 0 || /\s[\p{Lu}\p{N}]/u.test(raw) || NAMES_A_THING.test(raw)) return undefined;
  const choices = choicesFor(["set_dream_job", "list_applications", "search_questions", "show_profile"]);
  return { calls: [], say: { kind: "clarify", detail: "referent", choices } };
}
