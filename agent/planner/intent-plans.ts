/**
 * From an intent (what the model says the person wants) to a plan: the tool call with its
 * arguments, or what to say. Arguments come from the slot readers the rule files already
 * have (run here only to fill slots of the intent the model chose), then from the
 * conversation's focus ("they", "the second one"), then from the person's own words.
 * When a required slot is still missing the planner asks for it instead of guessing.
 */
import type { ToolName } from "../tools/schemas.ts";
import { preferencesIn } from "./preference-words.ts";
import {
  analysisRule,
  explainRule,
  progressRule,
  reanalyzeRule,
  roadmapRule,
  statesNewFact,
} from "./rules-analysis.ts";
import { dataRightsRule, entryRule, showRule, skillEditRule } from "./rules-profile.ts";
import { applicationRule, DATE, interviewRule } from "./rules-tracking.ts";
import {
  applicationCompany,
  extraLevel,
  extraStatus,
  nameCandidates,
  nextStage,
  pickFromList,
  skillNames,
} from "./slot-words.ts";
import {
  extractHoursPerWeek,
  extractProficiency,
  extractScoreKey,
  extractStatus,
  extractWeekNumber,
  extractWeeks,
} from "./slots.ts";
import {
  call,
  calls,
  type Outcome,
  type PlanContext,
  type Rule,
  type SayKind,
  type Segment,
  say,
} from "./types.ts";

/** The rule's reading, kept only when it plans the intent the model chose. */
const POINTER =
  /^(?:it|that|this|them|they|their|he|she|we|us|those|these|one|i|i am|i'm|everything|all|stuff|the thing)$/i;

function fromRule(rule: Rule, seg: Segment, ctx: PlanContext, ...names: ToolName[]): Outcome | null {
  const o = rule(seg, ctx);
  if (!o || o.calls.length === 0) return null;
  if (!o.calls.every((c) => names.includes(c.name))) return null;
  // A pronoun is not a name: "delete it" names no skill, "I'm done" no roadmap item.
  const named = (v: unknown) => typeof v !== "string" || !POINTER.test(v.trim());
  if (!o.calls.every((c) => named(c.args.skill) && named(c.args.item) && named(c.args.application)))
    return null;
  return o;
}

const proficiency = (t: string) => extractProficiency(t) ?? extraLevel(t);

/** A clause that denies a skill ("I don't know Rust", "never used Java", "not Excel"). */
const DENIED = /\b(?:don'?t|do not|doesn'?t|never|not|no experience|haven'?t|have not|can'?t|cannot)\b/i;

function skillsIn(seg: Segment, adding: boolean): string[] {
  // "… as a beginner", "… at work" name no skill; "I'm good at Excel" does.
  const text = seg.raw.replace(
    /\b(?:as|at)\s+(?:an?\s+)?(?:beginner|novice|intermediate|advanced|expert|pro|work|home|school|uni|university|college)\s*[.!]*$/i,
    "",
  );
  // Only the clauses that claim a skill: "I don't know Rust but I know Go" adds Go alone.
  // (Removing or re-levelling reads the denial itself: "I never said I knew Rust, remove it".)
  if (!adding) return skillNames(text);
  const claimed = text
    .split(/\s*(?:[,;.]|\bbut\b|\band\b|\balthough\b|\bthough\b)\s*/i)
    .filter((clause) => !DENIED.test(clause));
  return skillNames(claimed.join(", "));
}

function skillEdit(intent: "add_skill" | "update_skill" | "remove_skill") {
  return (seg: Segment, ctx: PlanContext): Outcome => {
    // After an analysis a new fact about a skill re-runs it (the rule knows when).
    const ruled = fromRule(
      skillEditRule,
      seg,
      ctx,
      intent,
      ...(intent === "add_skill" ? (["reanalyze"] as const) : []),
    );
    if (ruled) return ruled;
    const level = proficiency(seg.t);
    let names = skillsIn(seg, intent === "add_skill");
    // "the language lol, not the verb": the skill is the one talked about just before.
    if (names.length === 0 && ctx.focus.skill) names = [ctx.focus.skill];
    if (names.length === 0) return say(intent === "add_skill" ? "ask_skill" : "ask_skill_which");
    const direction = /\b(?:downgrade|lower|bump down|overestimated|overstated|worse)\b/.test(seg.t)
      ? "beginner"
      : /\b(?:upgrade|bump|raise|better)\b/.test(seg.t)
        ? "advanced"
        : undefined;
    if (intent === "update_skill" && !level && !direction) return say("ask_level", undefined, names[0]);
    const chosen = level ?? (intent === "update_skill" ? direction : undefined);
    return calls(
      ...names
        .slice(0, 5)
        .map((skill) =>
          intent === "remove_skill"
            ? call("remove_skill", { skill })
            : call(intent, chosen ? { skill, proficiency: chosen } : { skill }),
        ),
    );
  };
}

function applicationUpdate(seg: Segment, ctx: PlanContext): Outcome {
  const ruled = fromRule(applicationRule, seg, ctx, "update_application_status");
  const { focus } = ctx;
  // "no wait, I meant Microsoft": move the last change to the named company, undo it on the other.
  const last = focus.application;
  const correcting = /\b(?:i meant|meant|not|wrong one|other one|instead)\b/.test(seg.t) && last?.status;
  if (correcting && last) {
    const named = nameCandidates(seg.raw).find(
      (w) => /^[A-Z]/.test(w) && w.toLowerCase() !== last.company.toLowerCase(),
    );
    const target = named ?? (focus.applications ?? []).find((c) => c !== last.company);
    if (target) {
      const out = [call("update_application_status", { application: target, status: last.status })];
      if (last.previousStatus)
        out.push(
          call("update_application_status", { application: last.company, status: last.previousStatus }),
        );
      return calls(...out);
    }
  }
  if (ruled) return ruled;
  const passed = /\bpassed\b/.test(seg.t) ? nextStage(focus.application?.status) : undefined;
  const status = extraStatus(seg.t) ?? extractStatus(seg.t) ?? passed;
  const named = nameCandidates(seg.raw).find(
    (w) => /^[A-Z]/.test(w) && !/^(?:I|Update|Got|Passed|Phone|Recruiter|They)$/.test(w),
  );
  const application = applicationCompany(seg.raw, seg.t, focus, named);
  if (!application) return say("ask_application_which");
  if (!status) return say("ask_status", undefined, application);
  return calls(call("update_application_status", { application, status }));
}

function applicationAdd(seg: Segment, ctx: PlanContext): Outcome {
  const ruled = fromRule(applicationRule, seg, ctx, "add_application");
  if (ruled) return ruled;
  const names = nameCandidates(seg.raw).filter(
    (w) => /^[A-Z]/.test(w) && !/^(?:I|Applied|Also|Just|Log|Track|Put|Add|Save)$/.test(w),
  );
  // "to Mayo Clinic for ...": the whole capitalised name after to/at/with, not its first word.
  const company =
    seg.raw.match(/\b(?:to|at|with)\s+((?:[A-Z0-9][\w&.'’-]*)(?:\s+[A-Z0-9][\w&.'’-]*)*)/)?.[1] ?? names[0];
  if (!company) return say("ask_application");
  const sameRole = /\bsame (?:role|position|job)\b/.test(seg.t) ? ctx.focus.application?.position : undefined;
  const role =
    sameRole ??
    seg.raw.match(
      /\b(?:for|as)\s+(?:an?\s+|the\s+)?([^,.;!?]+?)(?:\s+(?:role|position|job|internship))?(?:[,.;!?]|$)/i,
    )?.[1] ??
    seg.raw.split(/,\s*/)[1];
  // A date said after the role ("for charge nurse yesterday") is when, not part of the title.
  const when = seg.t.match(DATE)?.[1];
  const position = role?.replace(new RegExp(`\\s+${DATE.source}.*$`, "i"), "").trim() || "role not given";
  const args: Record<string, unknown> = { company, position: position.slice(0, 200) };
  if (when) args.appliedOn = when;
  if (/\b(?:haven'?t applied|not applied|save|saving|bookmark)\b/i.test(seg.raw)) args.status = "saved";
  return calls(call("add_application", args));
}

function explainGap(seg: Segment, ctx: PlanContext): Outcome {
  const picked = pickFromList(seg.t, ctx.focus.gaps);
  if (picked) return calls(call("explain_gap", { skill: picked }));
  const ruled = fromRule(explainRule, seg, ctx, "explain_gap");
  if (ruled) return ruled;
  const named = nameCandidates(seg.raw).find(
    (w) => !/^(?:gap|missing|thing|bad|dealbreaker|flagged)$/i.test(w),
  );
  if (named) return calls(call("explain_gap", { skill: named }));
  return calls(call("explain_score", {}));
}

/** "week 2 isn't done", "undo that": the progress is taken back. */
const NOT_DONE =
  /\b(?:is not|isn't|was not|wasn't|did not|didn't|not) (?:actually |really )?(?:done|finish\w*|complete\w*)\b|\bundo\b|\btake (?:it|that) back\b/;

function recordProgress(seg: Segment, ctx: PlanContext): Outcome {
  const undo = NOT_DONE.test(seg.t) ? { done: false } : {};
  const week = extractWeekNumber(seg.t);
  if (undo.done === false && week) return calls(call("record_progress", { week, ...undo }));
  const ruled = fromRule(progressRule, seg, ctx, "record_progress");
  if (ruled) return ruled;
  if (week) return calls(call("record_progress", { week }));
  if (!ctx.focus.roadmapId) return say("ask_roadmap_first");
  const item = seg.raw.match(
    /\b(?:the\s+)?([\w.+# -]{2,40}?)\s+(?:part|item|module|course|tutorial|one)\b/i,
  )?.[1];
  if (item && !/^(?:that|this|it|first|second|third)$/i.test(item.trim()))
    return calls(call("record_progress", { item: item.trim() }));
  // "done with all of it" after "what's in week 3?": the week in focus.
  const inFocus = ctx.focus.week ?? ctx.focus.currentWeek;
  if (inFocus && /\b(?:it|that|this|them|those|all|everything|the lot|whole (?:thing|week))\b/.test(seg.t))
    return calls(call("record_progress", { week: inFocus, ...undo }));
  return say("ask_progress_which");
}

/**
 * A stated preference is stored; after an analysis the job in focus is analysed again with
 * it, so the salary, location and culture scores move right away.
 */
function setPreferences(seg: Segment, ctx: PlanContext): Outcome {
  const change = preferencesIn(seg.raw);
  if (Object.keys(change).length === 0) return say("ask_preference");
  const store = call("set_preferences", change);
  return ctx.focus.analysisId ? calls(store, call("analyze_fit")) : calls(store);
}

const UNBOOKMARK =
  /\b(?:remove|delete|drop|clear|erase|un-?(?:bookmark|save|star|favou?rite)\w*|take\b.*\b(?:off|out)|get rid|(?:do not|no longer) (?:need|want)|anymore)\b/;

/** "it", "that one", "the 2nd": the question on the table, or one from the last list. */
function questionInFocus(seg: Segment, ctx: PlanContext): string | undefined {
  const listed = pickFromList(
    seg.t,
    ctx.focus.questionIds?.map((_, i) => String(i + 1)),
  );
  return listed
    ? ctx.focus.questionIds?.[Number(listed) - 1]
    : (ctx.focus.questionId ?? ctx.focus.questionIds?.[0]);
}

/** "no, software sorry, iOS dev" names "software, iOS dev": the words that take back are not the role. */
const CORRECTION_WORDS =
  /^(?:(?:no|nope|nah|wait|actually|sorry|oops|i meant|i mean|meant|rather|make (?:it|that))\b[\s,.!-]*)+|[\s,.!-]*\b(?:sorry|instead|i meant)[\s.!]*$/gi;

function withoutCorrection(raw: string): string {
  return (
    raw
      .trim()
      .replace(CORRECTION_WORDS, "")
      .replace(/\s+sorry\b,?/gi, ",")
      .trim() || raw.trim()
  );
}

/**
 * "give me a behavioral question" asks for one; "give me behavioral questions" for a list.
 * The model reads stems, so the number is a slot read here.
 */
const ONE_QUESTION = /\b(?:a|an|one|another|single)\s+(?:[\w-]+\s+){0,3}question\b/;

type Planner = (seg: Segment, ctx: PlanContext) => Outcome;
const only =
  (name: ToolName, args: Record<string, unknown> = {}): Planner =>
  () =>
    calls(call(name, args));
const words =
  (kind: SayKind): Planner =>
  () =>
    say(kind);

export const INTENT_PLANS: Record<string, Planner> = {
  read_resume: () => say("ask_resume", "resume"),
  show_profile: only("show_profile"),
  show_skills: (seg, ctx) => fromRule(showRule, seg, ctx, "show_skills") ?? calls(call("show_skills")),
  add_skill: skillEdit("add_skill"),
  update_skill: skillEdit("update_skill"),
  remove_skill: skillEdit("remove_skill"),
  add_profile_entry: (seg, ctx) => {
    const ruled = fromRule(entryRule, seg, ctx, "add_profile_entry");
    if (ruled) return ruled;
    const t = seg.t;
    const kind = /\bcert\w*|\bexam\b|\bcredential\b|\bzertifi|\bcertifica/.test(t)
      ? "certification"
      : /\b(?:project|hackathon|built|app|bot|website|projet|projekt|projeto)\b/.test(t)
        ? "project"
        : /\b(?:degree|bachelor|master|masters|minor|major|graduat\w*|bsc|msc|phd|diploma|licenciatura|b\.?tech|university|college|school|studium)\b/.test(
              t,
            )
          ? "education"
          : "experience";
    if (seg.raw.trim().split(/\s+/).length < 4) return say("ask_entry");
    return calls(call("add_profile_entry", { kind, text: seg.raw.trim().slice(0, 2000) }));
  },
  set_dream_job: (seg, ctx) => {
    const ruled = fromRule(analysisRule, seg, ctx, "set_dream_job", "analyze_fit");
    if (ruled) return ruled;
    const asked = analysisRule(seg, ctx);
    if (asked?.say?.kind === "ask_job") return asked;
    const text = withoutCorrection(seg.raw);
    return text.length >= 2
      ? calls(call("set_dream_job", { text: text.slice(0, 2000) }))
      : say("ask_job", "job");
  },
  analyze_fit: (seg, ctx) => {
    const ruled = fromRule(analysisRule, seg, ctx, "set_dream_job", "analyze_fit");
    if (ruled?.calls.some((c) => c.name === "set_dream_job")) return ruled;
    // "analyze my fit for it" with nothing in focus: ask which job rather than guess.
    const pointsBack = /\b(?:for|with|against) (?:it|this|that|this one|that one|them)\b/.test(seg.t);
    if (pointsBack && !ctx.focus.jobId && !ctx.focus.jobTitle) return say("ask_job", "job");
    return calls(call("analyze_fit"));
  },
  explain_score: (seg, ctx) => {
    const ruled = fromRule(explainRule, seg, ctx, "explain_score");
    if (ruled) return ruled;
    const score = extractScoreKey(seg.t.replace(/\b(?:unfit|fit)\b/g, ""));
    return calls(call("explain_score", score ? { score } : {}));
  },
  explain_gap: explainGap,
  reanalyze: (seg, ctx) => {
    // "run it again" with no analysis yet: run one (the tool says what it still needs).
    if (!ctx.focus.analysisId && !statesNewFact(seg.raw, seg.t)) return calls(call("analyze_fit"));
    // A new fact with no analysis to re-run goes on the profile instead.
    if (!ctx.focus.analysisId) {
      const entry = /\bcert\w*|\bdegree\b|\bintern\w*|\bworked\b|\bgraduat\w*|\bcourse\b|\bproject\b/.test(
        seg.t,
      );
      return entry ? INTENT_PLANS.add_profile_entry(seg, ctx) : INTENT_PLANS.add_skill(seg, ctx);
    }
    const ruled = fromRule(reanalyzeRule, seg, ctx, "reanalyze", "analyze_fit");
    if (ruled) return ruled;
    return seg.raw.trim().length >= 12
      ? calls(call("reanalyze", { context: seg.raw.trim().slice(0, 2000) }))
      : calls(call("analyze_fit"));
  },
  create_roadmap: (seg, ctx) => {
    const ruled = fromRule(roadmapRule, seg, ctx, "create_roadmap");
    if (ruled) return ruled;
    const args: Record<string, unknown> = {};
    const weeks = extractWeeks(seg.t);
    const hours = extractHoursPerWeek(seg.t);
    if (weeks) args.weeks = weeks;
    if (hours) args.hoursPerWeek = hours;
    return calls(call("create_roadmap", args));
  },
  // A new budget ("make it 10 weeks") is a new roadmap. Asking what is on it is not, unless
  // there is none yet and an analysis to build one from ("so what's the plan?").
  show_roadmap: (seg, ctx) => {
    const ruled = fromRule(roadmapRule, seg, ctx, "create_roadmap");
    const budget = ruled?.calls.some((c) => Object.keys(c.args).length);
    const buildable = !ctx.focus.roadmapId && Boolean(ctx.focus.analysisId);
    return ruled && (budget || buildable) ? ruled : calls(call("show_roadmap"));
  },
  record_progress: recordProgress,
  list_analyses: only("list_analyses"),
  // "compare them" with nothing analysed in this conversation has no referent; "compare my analyses" does.
  compare_analyses: (seg, ctx) =>
    ctx.focus.analysisId ||
    (ctx.focus.analysed ?? 0) > 0 ||
    /\b(?:analys[ie]s|results|runs|reports|scores)\b/.test(seg.t)
      ? calls(call("compare_analyses"))
      : say("ask_compare_what"),
  export_data: only("export_data"),
  link_account: only("link_account"),
  delete_data: (seg, ctx) =>
    fromRule(dataRightsRule, seg, ctx, "delete_data") ?? calls(call("delete_data", { confirm: false })),
  add_application: applicationAdd,
  update_application_status: applicationUpdate,
  list_applications: (seg, ctx) =>
    fromRule(applicationRule, seg, ctx, "list_applications") ?? calls(call("list_applications")),
  application_stats: only("application_stats"),
  delete_application: (seg, ctx) => {
    const ruled = fromRule(applicationRule, seg, ctx, "delete_application");
    if (ruled) return ruled;
    const named = nameCandidates(seg.raw).find(
      (w) => /^[A-Z]/.test(w) && !/^(?:I|Delete|Remove|Pls|Take)$/.test(w),
    );
    const application = applicationCompany(seg.raw, seg.t, ctx.focus, named);
    return application ? calls(call("delete_application", { application })) : say("ask_application_which");
  },
  search_questions: (seg, ctx) => {
    const found =
      fromRule(interviewRule, seg, ctx, "search_questions") ??
      calls(call("search_questions", { query: seg.raw.trim().slice(0, 500) }));
    if (!ONE_QUESTION.test(seg.t) || /\bquestions\b/.test(seg.t)) return found;
    // One question asked for is one to answer now: the same filters, one at a time.
    const { query: _q, difficulty: _d, ...filters } = found.calls[0]?.args ?? {};
    return calls(call("practice_question", filters));
  },
  questions_for_gaps: only("questions_for_gaps"),
  practice_question: (seg, ctx) =>
    fromRule(interviewRule, seg, ctx, "practice_question") ?? calls(call("practice_question")),
  answer_question: (seg, ctx) =>
    calls(
      call("answer_question", {
        answer: seg.raw.trim().slice(0, 5000),
        ...(ctx.focus.questionId ? { questionId: ctx.focus.questionId } : {}),
      }),
    ),
  bookmark_question: (seg, ctx) => {
    const questionId = questionInFocus(seg, ctx);
    return questionId ? calls(call("bookmark_question", { questionId })) : say("ask_question_first");
  },
  remove_bookmark: (seg, ctx) => {
    // Removing is never guessed from "bookmark it": without a word that takes away, it is a save.
    if (!UNBOOKMARK.test(seg.t)) return INTENT_PLANS.bookmark_question!(seg, ctx);
    const questionId = questionInFocus(seg, ctx);
    return questionId ? calls(call("remove_bookmark", { questionId })) : say("ask_question_first");
  },
  greeting: words("greeting"),
  help: words("help"),
  thanks: words("thanks"),
  goodbye: words("goodbye"),
  cancel: () => say("cancelled", null),
  confirm: words("nothing_to_confirm"),
  refusal_out_of_scope: words("refusal_out_of_scope"),
  refusal_harmful: words("refusal_harmful"),
  refusal_scores: words("refusal_scores"),
  hint: words("hint"),
  pause: words("pause"),
  feelings: words("feelings"),
  privacy: words("privacy"),
  unclear: words("unknown"),
  list_bookmarks: only("list_bookmarks"),
  set_preferences: setPreferences,
};
