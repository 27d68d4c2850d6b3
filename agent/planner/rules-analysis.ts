/** Slot readers for the dream job, analysis, explanations, reanalysis, roadmap and progress (the intent model picks the request). */

import type { ScoreKey } from "../../contract/conversation.ts";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import { asksForGapList } from "./gap-list-asked.ts";
import { pointsAtJobAsks } from "./job-asks-pointed-at.ts";
import { skillNames } from "./slot-words.ts";
import { cleanPhrase, extractHoursPerWeek, extractScoreKey, extractWeeks, originalCase } from "./slots.ts";
import { call, calls, type Outcome, type PlanContext, type Rule, say } from "./types.ts";
import { weeksSaid } from "./weeks-said.ts";

/** A pasted job ad: one reading for chat, CLI and REST, kept with the target parser. */
export { looksLikePosting } from "../../tools/jobs/target.ts";

const PROGRESS_VERB =
  /\b(?:finished|done|completed|complete|wrapped up|got through|through with|did|mark(?:ed)?|ticked off|checked off|nailed|crushed|covered)\b/;

/** Words that join a message on to the last one ("and", "also", "ok so"), never part of an item's name. */
export const LEAD_WORDS = /^(?:(?:and|also|plus|oh|ok|okay|so|then|now)\b[\s,]*)+/;

export const progressRule: Rule = ({ t, raw }, { focus }) => {
  const weeks = weeksSaid(t);
  if (weeks.length && PROGRESS_VERB.test(t) && !/\b(?:plan|roadmap) (?:for|of) \d/.test(t))
    return calls(...weeks.map((week) => call("record_progress", { week })));
  if (!focus.roadmapId) return null;
  const item = t.match(
    /\b(?:mark|tick off|check off)\s+(?:the\s+)?(.+?)\s+(?:as\s+)?(?:done|finished|complete|completed)\b|\bi (?:have )?(?:finished|completed|done|wrapped up)\s+(?:with\s+)?(?:the\s+)?(?:learning\s+)?(.+?)(?:\s+(?:item|task|module|course|tutorial|part|section))?[.!]*$|^(?:the\s+)?(.+?)\s+(?:is\s+)?(?:done|finished|completed)[.!]*$/,
  );
  if (item) {
    // "and done" after recording progress: the lead word joins on to the last message, it names no item.
    const phrase = cleanPhrase(item[1] ?? item[2] ?? item[3])
      .replace(LEAD_WORDS, "")
      .replace(/^the\s+/, "");
    if (phrase && !/^(?:it|that|this|everything|all)$/.test(phrase))
      return calls(call("record_progress", { item: originalCase(phrase, raw) }));
  }
  return null;
};

const ROADMAP_WORDS =
  /\b(?:road ?map|study plan|learning plan|learning path|study schedule|plan|schedule|curriculum|syllabus)\b/;
const CLOSE_GAP =
  /\bhow (?:do|can|should|could) i (?:close|fill|fix|bridge|address|work on|improve|get (?:there|ready|better)|become (?:fit|ready|qualified)|prepare|level up)\b|\bwhat should i (?:learn|study|do next|focus on|work on)\b|\bhelp me (?:close|fill|bridge|improve|get (?:there|ready)|prepare)\b|\bclose (?:the|my|these|those) gaps?\b|\bwhat do i (?:need to|have to) (?:learn|study)\b|\bpath to\b|\bget me (?:there|ready)\b/;
const SHOW_WORDS =
  /\b(?:show|see|view|display|open|print|what is (?:in|on)|where am i|current|my|the|this week|today|next)\b/;

export const roadmapRule: Rule = ({ t }, { focus }) => {
  const weeks = extractWeeks(t);
  const hoursPerWeek = extractHoursPerWeek(t);
  const budget: Record<string, unknown> = {};
  if (hoursPerWeek !== undefined) budget.hoursPerWeek = hoursPerWeek;
  if (weeks !== undefined) budget.weeks = weeks;
  const wantsNew =
    /\b(?:make|create|build|generate|draft|give|prepare|design|write|put together|new|another|redo|replan|re-plan|redo|update|adjust|change|shorter|longer|faster|slower)\b/.test(
      t,
    );
  if (ROADMAP_WORDS.test(t) || CLOSE_GAP.test(t)) {
    if (
      focus.roadmapId &&
      !wantsNew &&
      Object.keys(budget).length === 0 &&
      !CLOSE_GAP.test(t) &&
      SHOW_WORDS.test(t)
    )
      return calls(call("show_roadmap"));
    if (/\b(?:show|see|view|display|open)\b/.test(t) && !wantsNew && Object.keys(budget).length === 0)
      return calls(call("show_roadmap"));
    return calls(call("create_roadmap", budget));
  }
  // "make it 6 weeks" / "I only have 3 hours a week" after a roadmap or analysis
  if ((focus.roadmapId || focus.analysisId) && Object.keys(budget).length > 0 && !/\bapplied\b/.test(t))
    return calls(call("create_roadmap", budget));
  if (
    focus.roadmapId &&
    /\bwhat is next\b|\bwhat (?:should i do|do i do) (?:this week|today|next|now)\b/.test(t)
  )
    return calls(call("show_roadmap"));
  return null;
};

const WHY =
  /^(?:and |so |but |ok(?:ay)? |hmm |then )?why\b|\bhow come\b|\bwhat went wrong\b|\bexplain\b|\bwhat does (?:that|this|it|the \w+(?: score)?) mean\b|\bhow did you (?:get|calculate|compute|come up with|score|decide|arrive)\b|\bbreak (?:it |that |this )?down\b|\bbreakdown\b|\bwhat am i missing\b|\bwhat (?:are|were) my (?:gaps|weak\w*)\b|\bwhat is holding me back\b|\bwhere do i fall short\b|\bwhy (?:not|am i|was i|is)\b|\bwhat do i lack\b|\bshow (?:me )?(?:my |the )?gaps\b|\bwhat gaps\b|\bwhat skills am i missing\b|\bwhat (?:was|is) the (?:problem|issue|reason)\b/;
const SCORE_QUESTIONS = [
  /\bwhat (?:is|was|about) (?:my|the) ([a-z ]+?) score\b/,
  /\b(?:my|the) ([a-z ]+?) score\b/,
  /^(?:and |what about |how about |and what about )?(?:my |the )?([a-z ]+?)(?: score)?\s*\??$/,
];

function scoreFrom(t: string): ScoreKey | undefined {
  return extractScoreKey(t.replace(/\b(?:unfit|fit|not fit)\b/g, ""));
}

export const explainRule: Rule = ({ t, raw }, { focus }) => {
  const gap = t.match(
    /\bwhy (?:is|was) (.+?) (?:a gap|a problem|missing|required|needed|an issue|listed|critical|important|flagged)\b|\bwhy do i need (.+?)[?.!]*$|\bexplain (?:the )?(.+?) gap\b|\b(?:tell me )?(?:more )?about (?:the )?(.+?) gap\b|\bhow important is (.+?)[?.!]*$|\bwhat about (?:the )?(.+?) gap\b|\bwhy (.+?) (?:though|then)\?*$/,
  );
  if (gap) {
    const phrase = cleanPhrase(gap.slice(1).find(Boolean) ?? "");
    if (phrase && !extractScoreKey(phrase) && !/^(?:it|that|this|i|my)$/.test(phrase))
      return calls(call("explain_gap", { skill: originalCase(phrase, raw) }));
  }
  if (WHY.test(t)) {
    const score = scoreFrom(t);
    // "what am I missing", "where do I fall short": every gap, not the verdict's reason.
    if (!score && asksForGapList(t)) return calls(call("explain_gap"));
    return calls(call("explain_score", score ? { score } : {}));
  }
  if (/\bhow (?:sure|confident|certain) are you\b|\bhow reliable is (?:this|that|it)\b/.test(t))
    return calls(call("explain_score", { score: "confidence" }));
  for (const pattern of SCORE_QUESTIONS) {
    const phrase = t.match(pattern)?.[1];
    if (!phrase) continue;
    const score = extractScoreKey(phrase);
    if (score && phrase.split(" ").length <= 3 && !/\b(?:show|list|add|remove)\b/.test(t))
      return calls(call("explain_score", { score }));
  }
  const whatAbout =
    t.match(/^(?:and |so )?(?:what|how) about (?:the |my )?(.+?)\s*\??$/) ??
    (focus.analysisId ? t.match(/^and (?:the |my )?([\w .+#-]{1,30}?)\s*\?+$/) : null);
  if (whatAbout) {
    const score = extractScoreKey(whatAbout[1]);
    if (score) return calls(call("explain_score", { score }));
    const phrase = cleanPhrase(whatAbout[1]);
    if (phrase && phrase.split(" ").length <= 3 && !/^(?:it|that|this|me|you)$/.test(phrase))
      return calls(call("explain_gap", { skill: originalCase(phrase, raw) }));
  }
  return null;
};

/**
 * Whether a message says something new about the person (a skill, a preference, years,
 * a degree...). "rerun it with that" points back at what was already stored: the rerun
 * gets no context to read, and the tool analyses again with the profile as it is now.
 */
export function statesNewFact(raw: string, t: string): boolean {
  if (skillNames(raw).length || Object.keys(preferencesIn(raw)).length) return true;
  return /\d|\b(?:years?|months?|cert\w*|degree|master|bachelor|course|project|intern\w*|worked|led|clearance|experience)\b/.test(
    t,
  );
}

export const reanalyzeRule: Rule = ({ t, raw }, { focus }) => {
  const explicit = /\b(?:re-?analy[sz]e|re-?run|redo|run again|analy[sz]e again|update the analysis)\b/.test(
    t,
  );
  const fact =
    /\b(?:i (?:also |actually |now |do |just |finally |recently )?(?:have|know|did|used|hold|got|earned|speak|passed|completed|finished|obtained)|actually i|i forgot to (?:mention|say)|you missed|i should (?:mention|add)|also i have|i have since|i have been (?:using|working))\b/.test(
      t,
    );
  if (explicit && /\b(?:with|because|since|now that|i have|i know|given|considering)\b/.test(t))
    return focus.analysisId && !statesNewFact(raw, t)
      ? calls(call("reanalyze"))
      : calls(call("reanalyze", { context: raw.trim() }));
  // "update: I just got my AWS cert. rerun it": a new fact and the rerun asked (conv12n).
  if (
    focus.analysisId &&
    fact &&
    /\b(?:years?|yrs?|months?|mos|experience|know|certif\w*|certs?|licen[cs]e\w*|exam|course|degree|used|with)\b/.test(
      t,
    )
  )
    return calls(call("reanalyze", { context: raw.trim() }));
  if (explicit) return calls(call("analyze_fit"));
  return null;
};

/**
 * The clause after the role: "data analytics but idk if I'm good enough" is the role "data
 * analytics" and a doubt (it was matched whole, "could not match … to a known role"). A
 * description's own details ("at a fintech startup, remote") stay.
 */
const AFTERTHOUGHT =
  /\s*(?:[,;]\s*|\s)(?:but|though|although|because|cause|cuz|coz|however|idk|i do not know|not sure|unsure|and i am not sure|and idk|and i (?:do not|dont) know|lol|haha)\b.*$/i;

export const withoutAfterthought = (phrase: string): string =>
  phrase.replace(AFTERTHOUGHT, "").trim() || phrase;

const DREAM =
  /\b(?:i (?:really )?(?:want|would like|wanna|hope|plan|aim|intend|would love|dream) (?:to )?(?:be|become|work as|get a job as|get hired as|land a (?:job|role|position) as|get into|move into|switch to|transition (?:in)?to|pivot (?:in)?to|break into)|my (?:dream|target|goal|ideal|desired|next) (?:job|role|position|career) (?:is|would be|should be|will be)|target\s*:|(?:dream|target|goal) (?:job|role|position)\s*(?::|=|-|is)|set (?:my )?(?:dream |target |goal )?(?:job|role|position) (?:to|as)|i am (?:aiming|looking|hoping|going) (?:for|to (?:be|become))|i am (?:interested in|thinking about) (?:becoming|being|working as)|my goal is to (?:be|become|work as|get)|help me (?:become|get a job as|land a job as)|i see myself as|i want a (?:job|role|position) as|(?:change|switch|set|update|make) my (?:dream |target |goal )?(?:job |role |position )?(?:to|as|into)|let us target|target)\s+(.+)$/;
/** "analyze me again for …", "check my fit once more against …": a re-run said with the role it is for. */
const AGAIN = String.raw`(?:\s+(?:again|once more|one more time|now|too|as well|instead))?`;
const FIT_FOR = new RegExp(
  String.raw`\b(?:am i|would i be|could i be|will i be|do i|(?:if|whether) (?:i\W?m|i am|i would be|i\W?d be))\s+(?:a\s+)?(?:good\s+)?(?:fit|unfit|qualified|ready|suited|suitable|eligible|good enough|a (?:good |strong )?(?:match|candidate)|competitive|qualify)\s+(?:for|as)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$|\b(?:compare|match|analy[sz]e|assess|evaluate|check|score|rate|re-?analy[sz]e|re-?check|re-?score) me${AGAIN} (?:to|with|against|for)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$|\bhow do i (?:compare|stack up|measure up|match up|fare)${AGAIN} (?:to|with|against|for)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$|\b(?:could|can) i (?:get|land|be) (?:a|an)\s+(.+?)\s+(?:job|role|position)\b|\bwhat are my (?:odds|chances) (?:for|of getting|of landing|at|as)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$|\b(?:analy[sz]e|check|assess|evaluate|score|rate|re-?analy[sz]e|re-?check|re-?run|redo) my (?:fit|chances|odds|profile|analysis)${AGAIN} (?:for|as|against)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$|\b(?:re-?run|redo|run|do) (?:it|the analysis|the fit check|that|the check)${AGAIN} (?:for|as|against)\s+(?:(?:a|an|the)\s+)?(.+?)[?.!]*$`,
);
const ANALYZE =
  /\banaly[sz]e\b|\banalysis\b|\bevaluate me\b|\bassess me\b|\b(?:check|score|rate|grade) (?:me|my fit|my chances|my profile|my resume)\b|\bhow do i (?:compare|match|stack up|measure up|fare)\b|\bcompare me (?:to|with|against)\b|\bam i (?:a )?(?:good )?(?:fit|unfit|qualified|ready|suited|eligible|good enough|a (?:good )?match)\b|\bwhat are my chances\b|\bdo i (?:fit|qualify|match|have a (?:shot|chance)|stand a chance)\b|\bfit or unfit\b|\bwill i get (?:it|the job|this|that)\b|\bcan i get (?:it|the job|this|that)\b|\bgap analysis\b|\bhow (?:ready|qualified|close) am i\b|\bmy fit\b|\bcheck (?:if|whether) i (?:fit|qualify|match)\b|\bmy odds\b|\b(?:would|will|could) i be (?:a )?(?:good |great |strong )?(?:fit|match|candidate)\b/;
const PRONOUN_JOB =
  /^(?:it|that|this|them|the job|this job|that job|the role|this role|that role|the position|this one|that one|there)$/;

/**
 * "the job I set", "the role i picked earlier", "the one from before": the target pointed at by
 * what the person did, no role's name (it was set as a target called "job I set"; conv12p).
 */
const JOB_POINTED_AT =
  /^(?:job|role|position|posting|one|target|goal)\s+(?:(?:that\s+)?(?:i|you|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:just\s+|already\s+)?(?:set|picked|chose|chosen|saved|gave|given|named|entered|told|said|mentioned|put|added|wanted|want|posted|pasted)\b|(?:from|above|earlier|before|already)\b)/;

const titleWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w && !/^(?:job|role|position|opening|posting|one|as|a|an|the)$/.test(w));

/**
 * "am I a fit for this senior accountant job?" right after pasting that posting: the role
 * words point at the job in focus ("this/that …", or its own title), which must be analysed
 * as it is, not replaced by the typical requirements of a described role.
 */
function namesJobInFocus(
  said: string,
  role: string,
  focus: PlanContext["focus"],
  definite: boolean,
): boolean {
  if (!focus.jobId) return false;
  if (/^(?:this|that)\s/.test(said.trim())) return true;
  const title = titleWords(focus.jobTitle ?? "");
  const named = titleWords(role);
  if (named.length === 0) return false;
  // "against the backend role" with Backend Engineer set: "the" points at a job already named,
  // by some of its words.
  // "backend" for "Back End Engineer": a word the title writes in two.
  const glued = title.join("");
  const inTitle = (w: string) => title.includes(w) || (w.length >= 5 && glued.includes(w));
  if (definite && named.every(inTitle)) return true;
  return named.length === title.length && named.every((w, i) => w === title[i]);
}

export const analysisRule: Rule = ({ t, raw }, { focus }): Outcome | null => {
  const fitFor = t.match(FIT_FOR);
  if (fitFor) {
    const role = cleanPhrase(fitFor.slice(1).find(Boolean) ?? "")
      .replace(/\s+(?:role|position|job|opening)$/, "")
      .trim();
    const said = fitFor.slice(1).find(Boolean) ?? "";
    const definite = /\bthe\s+$/.test(fitFor[0].slice(0, fitFor[0].lastIndexOf(said)));
    if (
      role &&
      !PRONOUN_JOB.test(role) &&
      !JOB_POINTED_AT.test(role) &&
      !pointsAtJobAsks(role) && // "against what they want"
      !/^(?:it|that|this)\b|^(?:job|role|position|one)$/.test(role) &&
      // "for me", "against the Google one", "for the same job": not a role's name.
      !/^(?:me|myself|us|same|the same)\b|\bone$/.test(role) &&
      // "am I a fit for my dream job?" (Discord's /careercraft analyze says it): the target set.
      !/^\s*my\s+(?:dream|target|goal|ideal|chosen|saved|current)\b/i.test(said) &&
      !namesJobInFocus(said, role, focus, definite)
    )
      return calls(call("set_dream_job", { text: originalCase(role, raw) }), call("analyze_fit"));
    return calls(call("analyze_fit"));
  }
  const dream = t.match(DREAM);
  if (dream) {
    const text = cleanPhrase(dream[1]);
    // "set my target job" (the ask-back's own choice, tapped) names no role: it was matched as "job".
    if (
      !text ||
      PRONOUN_JOB.test(text) ||
      /^(?:(?:a|an|my|the|new)\s+)?(?:job|something|somewhere|role|position|career|one)$/.test(text)
    )
      return say("ask_job", "job");
    const role = withoutAfterthought(dream[1]);
    // The rest of the message, and the doubt after the role ("… but idk if I'm good enough").
    const rest = `${t.replace(dream[0], "")} ${dream[1].slice(role.length)}`;
    const wantsAnalysis =
      /\b(?:am i|analy[sz]e|how do i compare|fit|check|good enough|qualified|ready)\b/.test(rest);
    const described = role
      .replace(/[.!?]+$/, "")
      .replace(/^(?:a|an|the)\s+/, "")
      .trim();
    const set = call("set_dream_job", { text: originalCase(described, raw) });
    return wantsAnalysis ? calls(set, call("analyze_fit")) : calls(set);
  }
  if (
    /^(?:i (?:want|need|would like) (?:a|an|some) (?:new )?(?:job|role|career|career change|position))[.!]*$/.test(
      t,
    )
  )
    return say("ask_job", "job");
  if (ANALYZE.test(t) && !/\b(?:past|previous|history|list)\b/.test(t)) return calls(call("analyze_fit"));
  if (
    /\b(?:dream|target|goal) (?:job|role)\b/.test(t) &&
    /\b(?:set|change|have|pick|choose)\b/.test(t) &&
    !focus.jobId
  )
    return say("ask_job", "job");
  return null;
};
