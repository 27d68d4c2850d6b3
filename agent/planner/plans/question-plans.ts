/**
 * Plans for interview questions: searching, practising one, answering, and bookmarks
 * (which question "it" or "the 2nd" is comes from the conversation's focus).
 */
import { saidBookmark } from "../bookmark-described.ts";
import { choicesFor } from "../clarify.ts";
import { namesGaps } from "../gaps-named.ts";
import { practisesTargetRole } from "../practice-for-role.ts";
import { interviewRule } from "../rules-tracking.ts";
import { asksForSavedJobs } from "../saved-job-said.ts";
import { ordinalIndex, pickFromList } from "../slot-words.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { APPLICATION_PLANS } from "./application-plans.ts";
import { fromRule, type Planner } from "./plan-kit.ts";

const UNBOOKMARK =
  /\b(?:remove|delete|drop|clear|erase|un-?(?:bookmark|save|star|favou?rite)\w*|take\b.*\b(?:off|out)|get rid|(?:do not|no longer) (?:need|want)|anymore)\b/;

/** "it", "that one", "the 2nd": the question on the table, or one from the last list. */
/** A job, role or posting named ("this role", "that job", "the posting"). */
const NAMES_JOB = /\b(?:job|posting|role|position|opening|ad|vacancy)\b/;

function questionInFocus(seg: Segment, ctx: PlanContext): string | undefined {
  const listed = pickFromList(
    seg.t,
    ctx.focus.questionIds?.map((_, i) => String(i + 1)),
  );
  return listed
    ? ctx.focus.questionIds?.[Number(listed) - 1]
    : (ctx.focus.questionId ?? ctx.focus.questionIds?.[0]);
}

/**
 * "give me a behavioral question" asks for one; "give me behavioral questions" for a list.
 * The model reads stems, so the number is a slot read here.
 */
const ONE_QUESTION = /\b(?:a|an|one|another|single)\s+(?:[\w-]+\s+){0,3}question\b/;

/** A search's filters as one question to answer now (practice takes no query or difficulty). */
function practiseOne(search: Outcome | null): Outcome | null {
  if (!search) return null;
  const { query: _q, difficulty: _d, ...filters } = search.calls[0]?.args ?? {};
  return calls(call("practice_question", filters));
}

/**
 * "quiz me on my bookmarked ones", "practise my saved questions": a practice request whose
 * source is the bookmarks (it was read as bookmarking again).
 */
const PRACTISE_BOOKMARKS =
  /\b(?:quiz|practi[cs]e|drill|test|rehearse|go (?:over|through)|run through)\b.*\b(?:bookmark\w*|saved|starred|favou?rites?)\b/;

/**
 * "quiz me on the first one", "let's do the 3rd" with a list of questions in focus: that
 * question (its position was read as the topic to practise, "first one").
 */
function listedToPractise(seg: Segment, ctx: PlanContext): Outcome | null {
  if (ctx.focus.topic !== "question" || !ctx.focus.questionIds?.length) return null;
  if (!/\b(?:one|question)\b|#\d|\b\d{1,2}(?:st|nd|rd|th)\b/.test(seg.t)) return null;
  const i = ordinalIndex(seg.t);
  if (i === undefined) return null;
  const questionId = i < 0 ? ctx.focus.questionIds.at(-1) : ctx.focus.questionIds[i];
  return questionId ? calls(call("practice_question", { questionId })) : null;
}

function searchQuestions(seg: Segment, ctx: PlanContext): Outcome {
  const found =
    fromRule(interviewRule, seg, ctx, "search_questions") ??
    calls(call("search_questions", { query: seg.raw.trim().slice(0, 500) }));
  if (!ONE_QUESTION.test(seg.t) || /\bquestions\b/.test(seg.t)) return found;
  // One question asked for is one to answer now: the same filters, one at a time.
  return practiseOne(found)!;
}

/**
 * Questions on the gaps need an analysis; without one, "give me interview questions" (read so
 * after the readings for questions were taught the analysis's follow-ups) is a search for the
 * target's questions, not "There is no analysis yet". Asked for the gaps by name, the tool says
 * what is missing.
 */
function questionsForGaps(seg: Segment, ctx: PlanContext): Outcome {
  return ctx.focus.analysisId || namesGaps(seg.t)
    ? calls(call("questions_for_gaps"))
    : searchQuestions(seg, ctx);
}

/** "quiz me for this job" with a target: practice on the target role, whatever the model read. */
const forTargetRole =
  (planner: Planner): Planner =>
  (seg, ctx) =>
    practisesTargetRole(seg, ctx.focus)
      ? calls(call("practice_question", { target: true }))
      : planner(seg, ctx);

/**
 * "give me interview questions for a school counselor", "show me technical questions": a list
 * asked for (questions, plural, given or shown), not one asked now. The model read such lines
 * as practice after it was taught "ask me questions for this job" (2026-12-06c); the verb and
 * the number are slots read here.
 */
const LIST_ASKED =
  /\b(?:give|show|list|send|find|get|pull up|share)\s+(?:me\s+)?(?:some\s+|a few\s+|more\s+|the\s+)?(?:[\w-]+\s+){0,3}questions\b/;
const ASKED_NOW = /\b(?:quiz|drill|grill|practi[cs]e|rehearse|mock|ask\s+me|test\s+me)\b/;

/** Question intents -> their plans. */
export const QUESTION_PLANS: Record<string, Planner> = {
  search_questions: forTargetRole(searchQuestions),
  questions_for_gaps: forTargetRole(questionsForGaps),
  // The rule reads "give me a behavioural question" as a search; its filters (the type, a
  // role or skill) still belong to the one question practised.
  practice_question: forTargetRole(
    (seg, ctx) =>
      // "practice questions on the stuff i'm bad at for this job": aimed at the gaps (gaps-named.ts).
      (namesGaps(seg.t) && (ctx.focus.analysisId || ctx.focus.jobId) ? questionsForGaps(seg, ctx) : null) ??
      (LIST_ASKED.test(seg.t) && !ASKED_NOW.test(seg.t) ? searchQuestions(seg, ctx) : null) ??
      (PRACTISE_BOOKMARKS.test(seg.t) ? calls(call("practice_question", { bookmarked: true })) : null) ??
      listedToPractise(seg, ctx) ??
      fromRule(interviewRule, seg, ctx, "practice_question") ??
      practiseOne(fromRule(interviewRule, seg, ctx, "search_questions")) ??
      calls(call("practice_question")),
  ),
  answer_question: (seg, ctx) =>
    calls(
      call("answer_question", {
        answer: seg.raw.trim().slice(0, 5000),
        ...(ctx.focus.questionId ? { questionId: ctx.focus.questionId } : {}),
      }),
    ),
  bookmark_question: (seg, ctx) => {
    if (PRACTISE_BOOKMARKS.test(seg.t)) return QUESTION_PLANS.practice_question!(seg, ctx);
    // "bookmark this role", "save this job": the job in focus, never the practice question
    // asked last (trial16 §15 bookmarked the question); with no job in focus, asked back.
    const namesJob = NAMES_JOB.test(seg.t) && !/\bquestions?\b/.test(seg.t);
    if (namesJob && ctx.focus.jobId) return APPLICATION_PLANS.add_application!(seg, ctx);
    if (namesJob)
      return {
        calls: [],
        say: {
          kind: "clarify",
          detail: "bookmark_role",
          choices: [
            ...choicesFor(["add_application"]),
            ...(questionInFocus(seg, ctx) ? choicesFor(["bookmark_question"]) : []),
          ],
        },
      };
    const questionId = questionInFocus(seg, ctx);
    if (questionId) return calls(call("bookmark_question", { questionId }));
    // "save this" after an analysis: the analysis is kept anyway, so the person is asked
    // what they meant (see the past ones, or take a copy) rather than told of no question.
    if (ctx.focus.analysisId)
      return { calls: [], say: { kind: "clarify", choices: choicesFor(["list_analyses", "export_data"]) } };
    return say("ask_question_first");
  },
  remove_bookmark: (seg, ctx) => {
    // Removing is never guessed from "bookmark it": without a word that takes away, it is a save.
    if (!UNBOOKMARK.test(seg.t)) return QUESTION_PLANS.bookmark_question!(seg, ctx);
    const said = saidBookmark(seg.t);
    if (said) return calls(call("remove_bookmark", said));
    const questionId = questionInFocus(seg, ctx);
    return questionId ? calls(call("remove_bookmark", { questionId })) : say("ask_question_first");
  },
  list_bookmarks: (seg, ctx) =>
    PRACTISE_BOOKMARKS.test(seg.t)
      ? QUESTION_PLANS.practice_question!(seg, ctx)
      : calls(
          asksForSavedJobs(seg.t) ? call("list_applications", { status: "saved" }) : call("list_bookmarks"),
        ),
};
