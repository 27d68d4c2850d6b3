/**
 * Plans for the fit analysis: the target job, running, explaining, re-running with a new
 * fact, and listing or comparing past analyses.
 */

import { preferencesIn } from "../../../tools/gap/stated-preferences.ts";
import { rolePhrase } from "../../../tools/jobs/role-lead-ins.ts";
import { translateTitle } from "../../../tools/jobs/translate-title.ts";
import { asksForGapList } from "../gap-list-asked.ts";
import { topGapArgs } from "../learn-first-asked.ts";
import { intentModel } from "../nlu/intent-model.ts";
import { asksForCount, asksWhatIsMissing } from "../operation-words.ts";
import { ordinalsInEnglish } from "../position-in-other-languages.ts";
import { analysisRule, explainRule, reanalyzeRule, statesNewFact } from "../rules-analysis.ts";
import { analysesNamed, nameCandidates, pickFromList, skillNames } from "../slot-words.ts";
import { extractScoreKey } from "../slots.ts";
import { toolsUsedInJob } from "../tools-used-in-job.ts";
import { asksForTopGap, nextGapAsked } from "../top-gap-asked.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { fromRule, only, type Planner } from "./plan-kit.ts";
import { PROFILE_PLANS, setPreferences } from "./profile-plans.ts";
import { roleAfterGivingUp } from "./rejected-role.ts";

/**
 * Words about gaps, not a gap's name; "skills" and "gaps" in each language too ("¿Qué
 * habilidades me faltan?" asked about a gap named "habilidades", "welche Lücken habe ich denn
 * noch?" about one named "Lücken" after the 2026-12-06 merges).
 */
const GAP_WORDS =
  /^(?:gap|missing|thing|bad|dealbreaker|flagged|fit|unfit|verdict|score|skills?|habilidad(?:es)?|competencias?|comp[ée]tences?|f[äa]higkeiten|kenntnisse|kompetenzen|compet[êe]ncias?|kaushal|gaps|l[üu]cken?|lacunas?|lacunes?|carencias?|brechas?|defizite?)$/iu;

/**
 * Chat words said after a question ("why is that a gap tho") and the small words of the other
 * languages ("y como lo aprendo?" asked about a gap named "y"), never a gap's name.
 */
const CHAT_WORDS =
  /^(?:tho|though|tbh|lol|again|even|really|exactly|then|now|pls|plz|y|e|o|et|und|aur|lo|la|le|como|cómo|comment|wie|kaise|kaun\w*|kya|kyu|kyun|kitna|kitni|mujhe|mujhme|mere|mera|meri|seekh\w*|sikh\w*|chahiye|batao|samjhao|hain?|sabse|bad[aie]|wal[aie]|liye|abhi|pehle|role|job)$/i;

function explainGap(seg: Segment, ctx: PlanContext): Outcome {
  const top = asksForTopGap(seg.t);
  const last = ctx.focus.lastCall;
  const next =
    last?.name === "explain_gap" ? nextGapAsked(seg.t, ctx.focus.gaps, gapExplainedLast(ctx)) : undefined;
  // The top gap is the tool's to find: it runs a stale analysis again first, so the gap named is
  // one the profile still lacks (the focus's list may predate a resume; trial17 leftover).
  if (top && ctx.focus.gaps?.length) return calls(call("explain_gap", topGapArgs(seg.t)));
  const picked = next ?? pickFromList(ordinalsInEnglish(seg.t), ctx.focus.gaps);
  if (picked) return calls(call("explain_gap", { skill: picked }));
  // The top gap asked with no gap list in focus: the verdict's reasons list them, most important first.
  if (top) return calls(call("explain_score", {}));
  // "why was the Google one unfit?": Google names an analysis, not a gap.
  const [analysis] = analysesNamed(seg.raw, ctx.focus);
  const labels = (ctx.focus.analyses ?? []).flatMap((a) =>
    `${a.company ?? ""} ${a.title ?? ""}`.toLowerCase().split(/\s+/),
  );
  const isLabel = (w: string) => Boolean(analysis) && labels.includes(w.toLowerCase());
  const ruled = fromRule(explainRule, seg, ctx, "explain_gap");
  // A word about gaps caught by the rule ("Welche Fähigkeiten fehlen mir?") names no gap either.
  const notAGap = (skill: unknown) =>
    typeof skill === "string" && (isLabel(skill) || GAP_WORDS.test(skill) || CHAT_WORDS.test(skill));
  if (ruled && !ruled.calls.some((c) => notAGap(c.args.skill))) return ruled;
  // "how long would it take to learn figma properly": the skill the taxonomy knows, not the
  // first uncommon word ("long").
  const known = skillNames(seg.raw).find((w) => !notAGap(w));
  // In another language an uncommon word is mostly a function word ("ke", "kaunse"): only a
  // skill the taxonomy knows names a gap there (conv12n: "kaunse is not among the gaps").
  const english = intentModel().language.detect(seg.raw).language === "en";
  const loose = english
    ? nameCandidates(seg.raw).find(
        (w) => !GAP_WORDS.test(w) && !CHAT_WORDS.test(w) && !asksWhatIsMissing(w) && !isLabel(w),
      )
    : undefined;
  // "y como lo aprendo?": a word pointing back beats an uncommon word no skill is named by.
  const pointed = !known && loose ? pointedGap(seg, ctx) : undefined;
  if (pointed) return pointed;
  // "show me every gap again": the whole list, not a gap named "show" (conv12n).
  if (!known && !analysis && asksForGapList(seg.t)) return calls(call("explain_gap"));
  const named = known ?? loose;
  if (!named && analysis) return calls(call("explain_score", { analysisId: analysis }));
  if (named) return calls(call("explain_gap", { skill: named }));
  return (
    pointedGap(seg, ctx) ?? calls(asksForGapList(seg.t) ? call("explain_gap") : call("explain_score", {}))
  );
}

/** "this job", "that role", "ce poste", "esta vaga": the job in focus, pointed at. */
const POINTS_AT_JOB =
  /(?<![\p{L}])(?:this|that|the|ce|cette|este|esta|esse|essa|dieser|diese|diesen)\s+(?:job|role|position|posting|ad|opening|poste|emploi|trabajo|puesto|vaga|cargo|stelle)(?![\p{L}])/gu;

/** "that one", "it", "this": a word pointing back at one thing. */
const POINTS_AT_ONE = /(?<![\p{L}])(?:that|this|it|that one|this one|lo|eso|esto|isso|ça|das)(?![\p{L}])/u;

/**
 * "why is that one a gap" names no gap: the gap just explained, the only one listed, or,
 * with several listed, a question back offering the first three (it was the whole verdict's
 * reasons again, word for word the reply before; trial12g).
 */
function pointedGap(seg: Segment, ctx: PlanContext): Outcome | undefined {
  // "what skills am I short on for this job": "this" points at the job, not at a gap.
  if (!POINTS_AT_ONE.test(seg.t.replace(POINTS_AT_JOB, " "))) return undefined;
  const last = ctx.focus.lastCall;
  const explained = gapExplainedLast(ctx);
  if (explained) return calls(call("explain_gap", { skill: explained }));
  const gaps = ctx.focus.gaps ?? [];
  if (gaps.length === 1) return calls(call("explain_gap", { skill: gaps[0] }));
  // Right after the gap list ("most important first") was shown, "that" is its top gap (trial
  // 2026-12-06: "why is that a gap" after a fit check was asked back "Which gap do you mean?").
  if (gaps.length && showedGapListLast(ctx)) return calls(call("explain_gap", { skill: gaps[0] }));
  if (gaps.length < 2) return undefined;
  const choices = gaps.slice(0, 3).map((g) => ({ label: g, text: `why is ${g} a gap?` }));
  return { calls: [], say: { kind: "clarify", detail: "which_gap", choices } };
}

/** The gap the last reply explained: the one named, or the top one of the list in focus. */
export function gapExplainedLast(ctx: PlanContext): string | undefined {
  const last = ctx.focus.lastCall;
  if (last?.name !== "explain_gap") return undefined;
  if (typeof last.args.skill === "string") return last.args.skill;
  return last.args.top ? ctx.focus.gaps?.[0] : undefined;
}

/** The last reply was an analysis or the gap list itself, not the verdict's reasons. */
const showedGapListLast = (ctx: PlanContext): boolean => {
  const last = ctx.focus.lastCall;
  if (last)
    return (
      last.name === "analyze_fit" ||
      last.name === "reanalyze" ||
      (last.name === "explain_gap" && !last.args.skill && !last.args.top)
    );
  return ctx.focus.lastIntent === "analyze_fit" || ctx.focus.lastIntent === "reanalyze";
};

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

/** "how many times have I run the analysis": a question about past runs, not a new one. */
const countsAnalyses = (t: string) => asksForCount(t) && /\b(?:times|analys[ie]s|runs|checks)\b/.test(t);
/** "what did I score the time before", "¿cuánto saqué la vez pasada?": an earlier analysis's score (conv12r). */
const SCORE_BEFORE =
  /(?<![\p{L}])(?:the time before|last time|(?:the )?previous (?:one|time|check|run)|before that|la vez (?:anterior|pasada)|la fois d['’]avant|la derni[eè]re fois|letztes mal|beim letzten mal|da [uú]ltima vez|da vez anterior|pichli baar)(?![\p{L}])/iu;

/**
 * Which two analyses "compare …" means: the two it names by company or title (older first),
 * or the one it names against the one in focus ("compare it with the Amazon one"); else
 * the tool's default, the latest two.
 */
function comparedPair(seg: Segment, ctx: PlanContext): { first?: string; second?: string } {
  const named = analysesNamed(seg.raw, ctx.focus);
  const order = (ctx.focus.analyses ?? []).map((a) => a.id);
  const pair =
    named.length >= 2
      ? named.slice(0, 2)
      : named.length === 1 && ctx.focus.analysisId && ctx.focus.analysisId !== named[0]
        ? [named[0], ctx.focus.analysisId]
        : [];
  if (pair.length < 2) return {};
  const [first, second] = pair.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { first, second };
}

/**
 * The role a message names after a lead-in in another language ("¿qué habilidades me faltan
 * para ser analista de datos?", "je veux devenir …"): a target the person states, whatever
 * else the sentence asks. English lead-ins are the rules' (analysisRule) and, for a fit
 * question, fit-question-role.ts, which checks the words after "be …" / "job as …" against the
 * role data: the English lead-in matches too much ("be promoted") to decide alone.
 */
export function roleInOtherLanguage(raw: string): string | undefined {
  const { phrase, language } = rolePhrase(raw);
  return language ? phrase : undefined;
}

const hasTarget = (ctx: PlanContext) => Boolean(ctx.focus.jobId || ctx.focus.jobTitle);

/**
 * A message naming a role in another language sets it (the role service matches the title
 * when it can and otherwise asks for it in English), instead of asking back which job: the
 * "what am I missing" or "am I a fit" it also asks needs that target first. With a target
 * set, only a role other than the target's is a new one ("¿soy apto para analista de datos?"
 * while the target is nurse asks about data analysts, not nursing again).
 */
export function statesRoleInOtherLanguage(seg: Segment, ctx: PlanContext): Outcome | undefined {
  const { phrase: role, language } = rolePhrase(seg.raw);
  if (!language || (hasTarget(ctx) && namesTarget(role, ctx, language))) return undefined;
  return calls(call("set_dream_job", { text: seg.raw.trim().slice(0, 2000) }));
}

/**
 * The role said is the target's title (or, with only a posting's id in focus, unknown: kept),
 * as written or in its English reading: "¿soy apto para gerente de restaurante?" with the
 * target Restaurant Manager asks about it, and re-setting it renamed it (trial F6.4).
 */
function namesTarget(role: string, ctx: PlanContext, language?: string): boolean {
  const title = ctx.focus.jobTitle?.toLowerCase();
  if (!title) return true;
  const english = translateTitle(role, language);
  return [role.toLowerCase(), ...(english ? [english] : [])].some(
    (said) => title.includes(said) || said.includes(title),
  );
}

/** A wish said in another language, not asked ("möchte als …", "quiero trabajar como …"). */
const WISH_ONLY =
  /^(?!.*\?)(?=.*\b(?:ich möchte|ich moechte|ich will|ich würde gern|ich strebe|quiero|quisiera|me gustaría|aspiro a|apunto a|je veux|je voudrais|j'aimerais|je vise|j'aspire à|quero|gostaria|almejo|chahta|chahti)\b)/iu;
/** Words of a fit question in those languages ("passe ich", "geeignet", "encajo", "apto", "chance"). */
const FIT_WORD =
  /\b(?:pass\w*|geeignet|chancen?|encaj\w*|apt[oa]s?|aptes?|sirvo|qualifi\w*|fit|corresponds?|encaix\w*|serve)\b/iu;

/** "the Microsoft one … the Netflix one": two things pointed at by a word of their own. */
const POINTED = String.raw`\bthe\s+([\p{L}\p{N}.&+#-]+(?:\s+[\p{L}\p{N}.&+#-]+)?)\s+one\b`;
const TWO_POINTED = new RegExp(`${POINTED}.+${POINTED}`, "iu");
/** Positions point into a list (gaps, items), not at analyses. */
const POSITION = /^(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th)|top)$/i;

/**
 * Two things pointed at ("put the Microsoft one next to the Netflix one") where this
 * conversation analysed and logged no application: they are analyses, and two analyses
 * at once are compared. A name that is on none of them (a role described without a
 * company) leaves the tool's default, the latest two. The model reads company names as
 * applications, which this conversation does not have.
 */
export function pointsAtTwoAnalyses(seg: Segment, ctx: PlanContext): Outcome | undefined {
  const f = ctx.focus;
  const analysed = Boolean(f.analysisId) || (f.analysed ?? 0) > 0 || Boolean(f.analyses?.length);
  if (!analysed || f.application || f.applications?.length) return undefined;
  const m = TWO_POINTED.exec(seg.raw);
  if (!m || POSITION.test(m[1]!) || POSITION.test(m[2]!) || pickFromList(seg.t, f.gaps)) return undefined;
  return ANALYSIS_PLANS.compare_analyses!(seg, ctx);
}

/**
 * A question about the fit with a new target set and not yet analysed ("wat am i missing"
 * right after "I want to be an ops manager"): the analysis is the answer. The latest stored
 * analysis would be of the previous target; one named by company or title is still explained.
 */
const analysedFirst =
  (plan: Planner): Planner =>
  (seg, ctx) =>
    ctx.focus.jobId &&
    !ctx.focus.analysisId &&
    analysesNamed(seg.raw, ctx.focus).length === 0 &&
    !aboutPastAnalyses(seg, ctx)
      ? calls(call("analyze_fit"))
      : plan(seg, ctx);

/**
 * Words that name analyses already run, in the chat's languages ("Vergleich meine letzten zwei
 * Analysen" was asked "compare what with what?": only the English words were read, conv12q;
 * the spelling fixer makes "analysen" "analyse").
 */
const PAST_RUNS =
  /(?:^|[^\p{L}])(?:analys(?:[ie]s|en?)|an[aá]lis[ie]s|an[aá]lises|results|resultados|r[ée]sultats|ergebnisse|runs|reports|scores|improv\w*|progress\w*|better|since (?:the |my )?last)(?![\p{L}])/u;

/** "why is it so different between them?" after a comparison asks about analyses already run. */
const aboutPastAnalyses = (seg: Segment, ctx: PlanContext) =>
  ctx.focus.lastIntent === "compare_analyses" || /\b(?:them|both|the two|between|each)\b/.test(seg.t);

/**
 * A sentence that leads with preferring or looking for a way of working ("I'd prefer hybrid
 * in Leeds", "prefiro trabalhar em …", "busco remoto", "je préfère le télétravail", "ich
 * arbeite lieber remote") and states a place or work mode, with no lead-in to a role ("be …",
 * "quiero ser …", "als … arbeiten"): preferences, not a target job.
 */
const PREFERS_WORKING =
  /^(?:i(?:'d| would)? (?:prefer|rather)|i'm looking for|i am looking for|looking for|prefer|prefiro|prefiero|preferiria|preferiría|busco|procuro|je pr[ée]f[èé]re(?:rais)?|je cherche|ich (?:bevorzuge|arbeite lieber|m[öo]chte lieber|suche|h[äa]tte lieber)|lieber)(?![\p{L}])/iu;

function statesOnlyHowToWork(raw: string): boolean {
  const text = raw.trim();
  if (!PREFERS_WORKING.test(text) || rolePhrase(text).phrase !== text) return false;
  const stated = preferencesIn(text);
  return Boolean(stated.remote || stated.desiredLocation || stated.relocate !== undefined);
}

/** Analysis intents -> their plans. */
export const ANALYSIS_PLANS: Record<string, Planner> = {
  set_dream_job: (seg, ctx) => {
    // "I use HubSpot every day as an account manager": the tools of the job held, no target.
    const used = toolsUsedInJob(seg.raw);
    if (used) return calls(...used.map((skill) => call("add_skill", { skill })));
    // "prefiro trabalhar em São Paulo, híbrido": how and where they want to work, no role.
    if (statesOnlyHowToWork(seg.raw)) return setPreferences(seg, ctx);
    // "ya no quiero project manager, mejor recursos humanos": the role after the one given up.
    const wanted = roleAfterGivingUp(seg.raw);
    if (wanted) return calls(call("set_dream_job", { text: wanted.slice(0, 2000) }));
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
    if (countsAnalyses(seg.t)) return calls(call("list_analyses"));
    const ruled = fromRule(analysisRule, seg, ctx, "set_dream_job", "analyze_fit");
    if (ruled?.calls.some((c) => c.name === "set_dream_job")) return ruled;
    // "¿encajo para ser data analyst?" with no target yet: that role, then the fit check.
    const stated = statesRoleInOtherLanguage(seg, ctx);
    // "Ich möchte als Lohnbuchhalterin wieder einsteigen" is a wish, read by the model as a fit
    // question: the role set, the fit offered, not run (conv12p, a blind6 dialogue).
    if (stated)
      return WISH_ONLY.test(seg.raw) && !FIT_WORD.test(seg.raw)
        ? stated
        : calls(...stated.calls, call("analyze_fit"));
    // "analyze my fit for it" with nothing in focus: ask which job rather than guess.
    const pointsBack = /\b(?:for|with|against) (?:it|this|that|this one|that one|them)\b/.test(seg.t);
    if (pointsBack && !ctx.focus.jobId && !ctx.focus.jobTitle) return say("ask_job", "job");
    return calls(call("analyze_fit"));
  },
  explain_score: analysedFirst((seg, ctx) => {
    if (SCORE_BEFORE.test(seg.t)) return calls(call("list_analyses"));
    // "what about the second one?" after an analysis: the second gap it listed.
    if (pickFromList(seg.t, ctx.focus.gaps)) return explainGap(seg, ctx);
    // "why was the Google one unfit?": that analysis, not the latest (the rule's reading too).
    const [named] = analysesNamed(seg.raw, ctx.focus);
    const ruled = fromRule(explainRule, seg, ctx, "explain_score");
    if (ruled && named)
      return {
        ...ruled,
        calls: ruled.calls.map((c) =>
          c.name === "explain_score" ? { ...c, args: { ...c.args, analysisId: named } } : c,
        ),
      };
    if (ruled) return ruled;
    // "what am I missing for this role": every gap, not the verdict's reason.
    if (!named && asksForGapList(seg.t)) return calls(call("explain_gap"));
    const score = extractScoreKey(seg.t.replace(/\b(?:unfit|fit)\b/g, ""));
    return calls(
      call("explain_score", { ...(score ? { score } : {}), ...(named ? { analysisId: named } : {}) }),
    );
  }),
  explain_gap: analysedFirst(explainGap),
  reanalyze: (seg, ctx) => {
    if (countsAnalyses(seg.t)) return calls(call("list_analyses"));
    // "analyze me again for instructional designer": the named role is the target now.
    const named = fromRule(analysisRule, seg, ctx, "set_dream_job", "analyze_fit");
    if (named?.calls.some((c) => c.name === "set_dream_job")) return named;
    // "run it again" with no analysis yet: run one (the tool says what it still needs).
    if (!ctx.focus.analysisId && !statesNewFact(seg.raw, seg.t)) return calls(call("analyze_fit"));
    // A new fact with no analysis to re-run goes on the profile instead.
    if (!ctx.focus.analysisId) {
      const entry = /\bcert\w*|\bdegree\b|\bintern\w*|\bworked\b|\bgraduat\w*|\bcourse\b|\bproject\b/.test(
        seg.t,
      );
      return entry ? PROFILE_PLANS.add_profile_entry!(seg, ctx) : PROFILE_PLANS.add_skill!(seg, ctx);
    }
    const ruled = fromRule(reanalyzeRule, seg, ctx, "reanalyze", "analyze_fit");
    if (ruled) return ruled;
    // "run it again with that" points back at what is stored: the same job again, nothing to read
    // (given as context it was refused: "I did not recognise a skill or a preference in that").
    if (!statesNewFact(seg.raw, seg.t)) return calls(call("reanalyze"));
    return calls(call("reanalyze", { context: seg.raw.trim().slice(0, 2000) }));
  },
  list_analyses: only("list_analyses"),
  // "compare them" with nothing analysed in this conversation has no referent; "compare my analyses"
  // does, and so does "did I improve since last time?" (the tool says when there is nothing to compare).
  // "am I doing better this month than last with apps?" compares applications: their stats.
  // "compare me to the role i picked" compares the person with one job: the fit.
  compare_analyses: (seg, ctx) =>
    /\b(?:apps|applications?|applied|applying)\b/.test(seg.t) && !/\banalys[ie]s\b/.test(seg.t)
      ? calls(call("application_stats"))
      : /^(?:now\s+|ok\s+|so\s+)?compare me (?:to|with|against)\b/.test(seg.t) && !ctx.focus.analysisId
        ? calls(call("analyze_fit"))
        : ctx.focus.analysisId || (ctx.focus.analysed ?? 0) > 0 || PAST_RUNS.test(seg.t)
          ? calls(call("compare_analyses", comparedPair(seg, ctx)))
          : say("ask_compare_what"),
};
