/**
 * From one message (plus what the conversation is about) to a plan: the tool calls to
 * make and/or what to say. The intent comes from a trained model (nlu/intent-model.ts)
 * that reads the message with the conversation's context; rules are kept only for exact
 * formats (a pasted resume or posting, an attachment, the answer to a yes/no question).
 * Below a confidence threshold the planner asks back with the likeliest readings.
 */

import { rolePhrase } from "../../tools/jobs/role-lead-ins.ts";
import { namesKnownRole } from "../../tools/jobs/target.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { assemblePlan } from "./assemble-plan.ts";
import { choicesFor } from "./clarify.ts";
import { lacksAnalysis, weighByDialogue } from "./dialogue-prior.ts";
import { gapQuestionPlan } from "./gaps-for-role.ts";
import { INTENT_PLANS } from "./intent-plans.ts";
import {
  onlyDetails,
  POINTS_BACK,
  pieces,
  QUOTED_MATERIAL,
  requestWords,
  SAYS_WHAT_I_DID,
} from "./message-pieces.ts";
import { nextPageRequest } from "./next-page.ts";
import type { Context } from "./nlu/corpus.ts";
import { CLARIFY_BELOW, type IntentScore, intentModel } from "./nlu/intent-model.ts";
import { normalize } from "./normalize.ts";
import { takesAway } from "./operation-words.ts";
import { removesOwnSkill } from "./own-skill-removal.ts";
import { pointsAtTwoAnalyses, statesRoleInOtherLanguage } from "./plans/analysis-plans.ts";
import { CHATTER, isOtherRequest, keepingPractice } from "./practice-request.ts";
import { continuesProgress, relativeWeek } from "./relative-week.ts";
import { looksLikePosting } from "./rules-analysis.ts";
import { looksLikePastedResume } from "./rules-profile.ts";
import { changedRequest, sameButChange } from "./same-again.ts";
import { complaintWithPreference } from "./score-complaint.ts";
import { extraStatus, pickFromList, skillNames } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { asksMeaningOfStatus } from "./term-question.ts";
import { call, type Outcome, type Plan, type PlanContext, type Segment, say } from "./types.ts";
import { guardWrites } from "./write-guard.ts";

/** Below this the top intent is a guess: ask back with choices instead (chosen with the model). */
export const CONFIDENCE = CLARIFY_BELOW;
/** A piece of a longer message counts as a request of its own only this sure. */
const SURE = 0.7;

const toSegment = (raw: string): Segment => ({ raw, t: normalize(raw) });

export function contextOf(focus: PlanContext["focus"]): Context | undefined {
  if (focus.awaiting === "practice_answer") return "question";
  return focus.topic;
}

/** Exact answers to a yes/no question or during practice: commands, not language to model. */
const YES = /^(?:yes|yep|yeah|yup|y|confirm(?:ed)?|i am sure|sure|do it|go ahead|please do|absolutely)\b/;
const STOP = /^(?:stop|quit|enough|cancel|exit|no more|end (?:practice|the interview))\b/;
const SKIP = /^(?:skip|next|pass|another(?: one)?|next one|give me another)\b[.!]*$/;

interface Reading {
  intent: string;
  score: number;
  ranked: IntentScore[];
  seg: Segment;
  /** The model's own top reading needs something this conversation lacks ("save this" with no question). */
  ruledOut: boolean;
  /** The model's own top reading, before the conversation weighed it. */
  own: IntentScore;
}

async function read(raw: string, context: PlanContext): Promise<Reading> {
  const seg = toSegment(raw);
  const model = await intentModel().classify(requestWords(raw), contextOf(context.focus));
  const ranked = weighByDialogue(model, context.focus);
  const top = ranked[0] ?? { intent: "unclear", score: 0 };
  const own = model.find((r) => r.intent === top.intent)?.score ?? 0;
  const first = model[0] ?? { intent: "unclear", score: 0 };
  const ruledOut = model.length > 0 && !ranked.some((r) => r.intent === first.intent);
  return { intent: top.intent, score: Math.max(top.score, own), ranked, seg, ruledOut, own: first };
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
const CONTINUABLE = new Set([
  "add_profile_entry",
  "add_skill",
  "record_progress",
  "add_application",
  "remove_skill",
  "explain_gap",
  "explain_score",
]);

/** Readings that close or pause rather than add a detail ("and thanks", "and never mind"). */
const ENDINGS = new Set(["thanks", "goodbye", "cancel", "confirm", "greeting", "pause", "feelings"]);

/**
 * Requests whose details may come in the next message on their own ("add my internship at
 * IBM" then "summer 2024, software intern, …"; questions about Go, then "any about
 * goroutines?"): an unsure reading of that next message continues them when their slots fill.
 */
const TAKES_DETAILS = new Set([...CONTINUABLE, "search_questions", "update_skill"]);

function continuation(reading: Reading, context: PlanContext): Outcome | undefined {
  const last = context.focus.lastIntent;
  const words = reading.seg.raw.trim().split(/\s+/).length;
  if (!last || !TAKES_DETAILS.has(last) || words < 2) return undefined;
  // A search is narrowed in a few words ("any on recursion?"); a long message is something else.
  if (last === "search_questions" && words > 8) return undefined;
  const plan = INTENT_PLANS[last];
  const outcome = plan?.(reading.seg, context);
  return outcome?.calls.length ? outcome : undefined;
}

function outcomeOf(reading: Reading, context: PlanContext): Outcome {
  if (reading.intent === "unclear" || reading.score < CONFIDENCE)
    return (
      continuation(reading, context) ??
      statesRoleInOtherLanguage(reading.seg, context) ??
      clarify(reading, context)
    );
  // "alright then" with nothing waiting for a yes: after a target or an analysis it most
  // likely agrees to what usually comes next, so that is offered rather than "nothing to confirm".
  if (reading.intent === "confirm" && contextOf(context.focus)) return clarify(reading, context);
  const plan = INTENT_PLANS[reading.intent];
  if (!plan) return { calls: [], say: { kind: "advice", detail: reading.intent } };
  const planned = plan(reading.seg, context);
  // A question or a hypothetical that reads as a write asks back instead of writing.
  return guardWrites(planned, reading.seg.raw, reading.ranked);
}

async function whileAwaiting(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  const t = normalize(raw);
  switch (context.focus.awaiting) {
    case "delete_confirmation": {
      if (YES.test(t)) return { calls: [call("delete_data", { confirm: true })], awaiting: null };
      const r = await read(raw, context);
      if (r.intent === "confirm" && r.score >= CONFIDENCE)
        return { calls: [call("delete_data", { confirm: true })], awaiting: null };
      if (r.intent === "cancel" || r.score < CONFIDENCE)
        return { calls: [], say: { kind: "cancelled" }, awaiting: null };
      return outcomeOf(r, context);
    }
    case "practice_answer": {
      if (STOP.test(t)) return { calls: [], say: { kind: "cancelled", detail: "practice" }, awaiting: null };
      if (SKIP.test(t)) return { calls: [call("practice_question")] };
      const r = await read(raw, context);
      const words = raw.trim().split(/\s+/).length;
      const answer = INTENT_PLANS.answer_question(r.seg, context);
      if (r.intent === "answer_question") return answer;
      if (r.intent === "cancel")
        return { calls: [], say: { kind: "cancelled", detail: "practice" }, awaiting: null };
      const practice = [
        "practice_question",
        "bookmark_question",
        "hint",
        "search_questions",
        "questions_for_gaps",
      ];
      // Commands about the practice itself win when the model reads them so (it reads the
      // message as said to the open question, so an answer reads as one).
      const other = isOtherRequest(r, context.focus.questionText);
      if (practice.includes(r.intent) && r.score >= CONFIDENCE) return outcomeOf(r, context);
      // Another request typed while the question is open ("actually show my applications"):
      // run it and keep the question on the table.
      if (other) return keepingPractice(outcomeOf(r, context));
      if (words >= 6) return answer;
      return outcomeOf(r, context);
    }
    case "job":
      return answerToWhichJob(raw, context);
    default:
      return undefined;
  }
}

/** A message that is only a position in a list: "the first one", "no, the 2nd". */
const ONLY_POSITION =
  /^(?:(?:no|nah|and|ok|okay|so|what about|how about)[\s,]+)*(?:the\s+)?(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?:\s+one)?[\s?.!]*$/;

/** Readings that give or analyse the job asked for. */
const GIVES_JOB = new Set(["set_dream_job", "analyze_fit", "unclear"]);

/**
 * The message after "Which job should I compare you to?". A request the model is sure of
 * runs ("show my skills"); a role the role data knows is the job, even when the model reads
 * its words as something else ("java developer" as a skill); a request of its own that needs
 * the job ("wat skils am i misssing": what is missing needs something to miss it for) asks for
 * the job again instead of being matched as a role's name; anything else is tried as the job.
 */
async function answerToWhichJob(raw: string, context: PlanContext): Promise<Outcome | undefined> {
  const r = await read(raw, context);
  const asJob: Outcome = {
    calls: [call("set_dream_job", { text: raw.trim() }), call("analyze_fit")],
    awaiting: null,
  };
  if (GIVES_JOB.has(r.intent) && !r.ruledOut) return raw.trim().length < 3 ? undefined : asJob;
  // The model's own reading needs what this conversation lacks: an analysis, so the job first.
  const needsJob = lacksAnalysis(r.own.intent, context.focus) && r.own.score >= CONFIDENCE;
  if (r.score >= SURE && !needsJob) return outcomeOf(r, context);
  if (raw.trim().length < 3) return undefined;
  if (await namesKnownRole(raw)) return asJob;
  if (needsJob) return say("ask_job", "job");
  if (r.score >= CONFIDENCE && !GIVES_JOB.has(r.intent)) return outcomeOf(r, context);
  // A request of its own whose subject is missing ("give me a hint" with no question): that
  // request, whose reply says what is missing, rather than a role named "give me a hint".
  if (r.ruledOut && r.own.score >= CONFIDENCE && !GIVES_JOB.has(r.own.intent))
    return outcomeOf({ ...r, intent: r.own.intent, score: r.own.score }, context);
  return asJob;
}

async function requests(raw: string, context: PlanContext): Promise<Outcome[]> {
  // "more" after a long list: its next page (agent/planner/next-page.ts).
  const more = nextPageRequest(raw, context.focus);
  if (more) return [more];
  const whole = await read(raw, context);
  // "yes do it" / "ok run it" with no question pending: the step the last reply proposed.
  const offered = context.focus.offered;
  if (whole.intent === "confirm" && whole.score >= CONFIDENCE && offered)
    return requests(offered, { ...context, focus: { ...context.focus, offered: undefined } });
  const last = context.focus.lastIntent;
  // "and the week after that?" over a roadmap: that week shown; after a progress report
  // ("finished week 1" … "and the week after that", said, not asked) that week marked too.
  const week = relativeWeek(whole.seg.t, context.focus);
  if (week !== undefined)
    return [
      {
        calls: [call(continuesProgress(raw, context.focus) ? "record_progress" : "show_roadmap", { week })],
      },
    ];
  if (
    last &&
    CONTINUABLE.has(last) &&
    /^(?:and|also|plus|oh and|and also)\b/i.test(raw) &&
    whole.intent !== last
  ) {
    const plan = INTENT_PLANS[last];
    // Unsure, the last request goes on; sure of another reading, only words that ask nothing
    // of their own go on, and only when they fill it. A closing word ("and thanks", "and
    // never mind") is never the last request's detail (it asked "Which skill?").
    const sure = whole.score >= 0.9;
    const ending = ENDINGS.has(whole.intent) && whole.score >= CONFIDENCE;
    const news = statesNews(whole.seg, last);
    const out = !ending && !news && (!sure || onlyDetails(raw)) ? plan?.(whole.seg, context) : undefined;
    if (out && (!sure || out.calls.length)) return [out];
  }
  // "the first one" / "no, the second" right after an analysis: that gap (the model reads a
  // bare position as whichever list it last saw in training).
  const gap = context.focus.topic === "analysis" && ONLY_POSITION.test(whole.seg.t);
  const picked = gap ? pickFromList(whole.seg.t, context.focus.gaps) : undefined;
  if (picked) return [{ calls: [call("explain_gap", { skill: picked })] }];
  // "location 0??? I said I'd relocate": the preference stored and the job scored again.
  const complaint = complaintWithPreference(whole.seg, context);
  if (complaint) return [complaint];
  // "take swift off the list": a skill on their profile, named with a word that takes away.
  const ownRemoval = removesOwnSkill(whole.seg, context, whole);
  if (ownRemoval) return [ownRemoval];
  // "what does 'ghosted' mean?": one of the tracker's words, explained.
  const term = asksMeaningOfStatus(raw);
  if (term) return [say("term", undefined, term)];
  // "what am I missing for operations manager?": that role's analysis (set as the target first).
  const gaps = gapQuestionPlan(raw, context.focus);
  if (gaps) return [gaps];
  // Two analyses pointed at, unless the model is sure of something else entirely.
  const about = whole.intent === "unclear" || whole.score < SURE || /analy|application/.test(whole.intent);
  const pair = about ? pointsAtTwoAnalyses(whole.seg, context) : undefined;
  if (pair) return [pair];
  // "same thing but in Berlin": the last request again, with that change, however sure the
  // model is of the change alone ("based in London" reads as a location preference).
  const change = sameButChange(raw);
  const [intent, words] = last && change ? changedRequest(last, change, context.focus) : [];
  const again = intent ? INTENT_PLANS[intent] : undefined;
  if (again && words !== undefined) return [again(toSegment(words), context)];
  // A bare name ("Java", "Tableau?") is a topic, not a request: offer what can be done with it.
  const bare = raw.replace(/[?!.]+$/, "").trim();
  const aboutSkills = [
    "add_skill",
    "remove_skill",
    "update_skill",
    "show_skills",
    "search_questions",
    "practice_question",
    "unclear",
  ];
  const sureOfOther = whole.score >= CONFIDENCE && !aboutSkills.includes(whole.intent);
  if (!sureOfOther && /^[\w+#.-]+$/.test(bare) && skillNames(bare).length === 1) {
    const options = [
      "add_skill",
      "search_questions",
      ...(context.focus.analysisId ? ["explain_gap"] : ["practice_question"]),
    ];
    return [{ calls: [], say: { kind: "clarify", choices: choicesFor(options, bare) } }];
  }
  // Quoted material is one thing shown, not several requests.
  const parts = QUOTED_MATERIAL.test(raw.trim()) ? [raw] : pieces(raw);
  const picking = await removalOfListed(parts, context);
  if (picking) return [{ calls: [call(LISTING_OF[picking])], remember: { picking } }];
  if (parts.length > 1 && parts.length <= 4) {
    // A piece that only points back ("... at starbucks. add it anyway") is the rest of the
    // message's request said again, not another one.
    const readings = await Promise.all(
      parts.filter((p) => !POINTS_BACK.test(p)).map((p) => read(p, context)),
    );
    // A piece that reads as the whole message does needs less certainty: the whole backs it.
    const confident = readings.filter(
      (r) =>
        (r.score >= SURE || (r.intent === whole.intent && r.score >= CONFIDENCE)) &&
        INTENT_PLANS[r.intent] &&
        !CHATTER.has(r.intent) &&
        !(r.intent.startsWith("show_") && SAYS_WHAT_I_DID.test(r.seg.raw)),
    );
    const distinct = new Set(confident.map((r) => r.intent));
    // Several confident requests, one of them what the whole message reads as: each is planned.
    // (Otherwise the pieces are details of one request: "you forgot docker. I use it daily".)
    if (distinct.size >= 2 && distinct.has(whole.intent)) return confident.map((r) => outcomeOf(r, context));
  }
  return [outcomeOf(whole, context)];
}

/**
 * "and Stripe rejected me" after logging an application is news about an application (a
 * status past "applied"), never another application; "and Stripe as a backend engineer" is one.
 */
function statesNews(seg: Segment, last: string): boolean {
  if (last !== "add_application") return false;
  const status = extraStatus(seg.t) ?? extractStatus(seg.t);
  return status !== undefined && status !== "applied" && status !== "saved";
}

/** What each removal picks from, so "show my skills and delete it" can ask which one. */
const LISTING_OF = { remove_skill: "show_skills", delete_application: "list_applications" } as const;
type Picking = keyof typeof LISTING_OF;

/**
 * "show my skills and delete it": the "it" is one of the things about to be listed, which
 * nothing names yet, so the list is shown and the person is asked which one (never guessed
 * from whatever was talked about before).
 */
async function removalOfListed(parts: string[], context: PlanContext): Promise<Picking | undefined> {
  if (parts.length !== 2 || !POINTS_BACK.test(parts[1]) || !takesAway(normalize(parts[1]))) return undefined;
  const listing = await read(parts[0], context);
  if (listing.score < CONFIDENCE) return undefined;
  return (Object.keys(LISTING_OF) as Picking[]).find((p) => LISTING_OF[p] === listing.intent);
}

/**
 * A short line of the person's own above a pasted posting that the model reads as a fit check
 * ("can you check me against this job?", "would I get this one?"): the posting is analysed
 * too, not only set as the target. A posting's own first line (its title) is not such a line.
 */
async function framingAsksForFit(framing: string, context: PlanContext): Promise<boolean> {
  // The person's own words say "I", "me", "you" or ask; a title ("Senior Data Engineer - Acme") does not.
  if (framing.split(/\s+/).length > 15 || !/\b(?:i|me|my|you)\b|\?\s*$/.test(framing)) return false;
  const r = await read(framing, context);
  return r.intent === "analyze_fit" && r.score >= CONFIDENCE;
}

export async function understand(text: string, context: PlanContext): Promise<Plan> {
  const raw = text.trim();
  const prefix: PlannedCall[] = context.attachments.map((filename) => call("read_resume", { filename }));
  let outcomes: Outcome[] = [];
  const language = raw
    ? intentModel().language.detect(raw, context.focus.language)
    : { language: "en", supported: true };

  if (raw && !language.supported) {
    outcomes = [{ calls: [], say: { kind: "language_unsupported", detail: language.language } }];
  } else if (raw && looksLikePosting(raw)) {
    const framing = raw.split("\n")[0].toLowerCase();
    const asks =
      /\b(?:am i (?:a )?(?:good )?(?:fit|qualified|ready)|analy[sz]e|how do i (?:compare|match|stack up)|check my fit|do i (?:fit|qualify))\b/.test(
        framing,
      ) || (await framingAsksForFit(framing, context));
    const analyse = asks || context.focus.awaiting === "job" || prefix.length > 0;
    outcomes = [
      {
        calls: [call("set_dream_job", { text: raw }), ...(analyse ? [call("analyze_fit")] : [])],
        awaiting: null,
      },
    ];
  } else if (raw && prefix.length === 0 && looksLikePastedResume(raw)) {
    outcomes = [{ calls: [call("read_resume", { text: raw })], awaiting: null }];
  } else if (raw) {
    const framed = prefix.length === 0 ? await framedResume(raw, context) : undefined;
    if (framed) outcomes = [{ calls: [call("read_resume", { text: framed })], awaiting: null }];
  }
  if (raw && outcomes.length === 0 && language.supported) {
    const awaited = await whileAwaiting(raw, context);
    if (awaited) outcomes = [awaited];
    else {
      // "hi, what can you do?": greet back, then answer the request.
      const greeting = raw.match(
        /^(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening)|hola|namaste|bonjour|hallo|oi)\b[\s,!.]+(?=\S.{3,})/i,
      );
      const rest = greeting ? raw.slice(greeting[0].length) : raw;
      const asked = await requests(rest, context);
      // "hi there": the rest greets too; one greeting, not two in a row.
      if (greeting && !asked.some((o) => o.say?.kind === "greeting"))
        outcomes.push({ calls: [], say: { kind: "greeting" } });
      // "hi again", "hello everyone": a word or two after the greeting that asks nothing is
      // part of the greeting, not a request to ask back about ("I'm not sure which you mean").
      const addressOnly =
        greeting &&
        rest.trim().split(/\s+/).length <= 2 &&
        asked.every((o) => o.calls.length === 0 && (o.say?.kind === "clarify" || o.say?.kind === "unknown"));
      if (!addressOnly) outcomes.push(...asked);
    }
  }

  return assemblePlan(outcomes, { prefix, raw, language }, context);
}

/**
 * "here's my resume:" and the resume after it, too short to look like one on its own: the
 * framing line says what the rest is (read by the model; the rest is the document).
 */
async function framedResume(raw: string, context: PlanContext): Promise<string | undefined> {
  const cut = raw.search(/\n|:\s/);
  if (cut < 0 || cut > 60) return undefined;
  const body = raw.slice(cut + 1).trim();
  if (body.length < 40 || body.split(/\s+/).length < 6) return undefined;
  const frame = await read(raw.slice(0, cut), context);
  return frame.intent === "read_resume" && frame.score >= SURE ? body : undefined;
}
