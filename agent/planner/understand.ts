/**
 * From one message (plus what the conversation is about) to a plan: the tool calls to
 * make and/or what to say. A message may hold several requests ("analyse me and make a
 * roadmap"); each part is read on its own, in order.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { normalize } from "./normalize.ts";
import {
  analysisRule,
  explainRule,
  historyRule,
  looksLikePosting,
  progressRule,
  reanalyzeRule,
  roadmapRule,
} from "./rules-analysis.ts";
import { refusalRule, smallTalkRule, stripGreeting } from "./rules-chat.ts";
import {
  dataRightsRule,
  entryRule,
  looksLikePastedResume,
  resumeRule,
  showRule,
  skillEditRule,
} from "./rules-profile.ts";
import { applicationRule, interviewRule } from "./rules-tracking.ts";
import {
  call,
  type Outcome,
  type Plan,
  type PlanContext,
  type Rule,
  type Say,
  type Segment,
} from "./types.ts";

/** Most specific first: a progress report mentions weeks, a gap question mentions skills. */
const RULES: Rule[] = [
  refusalRule,
  dataRightsRule,
  progressRule,
  applicationRule,
  interviewRule,
  historyRule,
  roadmapRule,
  showRule,
  explainRule,
  reanalyzeRule,
  entryRule,
  skillEditRule,
  analysisRule,
  resumeRule,
  smallTalkRule,
];

function classify(segment: Segment, context: PlanContext): Outcome | null {
  for (const rule of RULES) {
    const outcome = rule(segment, context);
    if (outcome) return outcome;
  }
  return null;
}

/** Split points that start a new request; a piece that means nothing on its own rejoins its neighbour. */
const SPLIT =
  /(?<=[.!?;])\s+(?=\S)|\s*;\s*|,?\s+(?:and then|then|and also|also|plus|after that|afterwards)\s+(?=\w)|,\s*(?:and\s+)?(?=(?:show|make|create|give|analy[sz]e|build|list|add|remove|delete|export|compare|what|how|why|draft|plan|tell|can you|could you|please|i finished|i applied|mark|am i|do i|is it)\b)|\s+and\s+(?=(?:show|make|create|give|analy[sz]e|build|list|export|compare|tell|what|how|why|draft|plan|put|set|remove|delete|add|draw up|generate|prepare|can you|could you|mark|i (?:finished|applied|also|want)|my (?:profile|skills|roadmap|applications))\b)/i;

function segments(raw: string): string[] {
  const parts: string[] = [];
  let rest = raw;
  for (let guard = 0; guard < 12; guard++) {
    const m = rest.match(SPLIT);
    if (!m || m.index === undefined) break;
    const head = rest.slice(0, m.index).trim();
    if (head) parts.push(head);
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest.trim()) parts.push(rest.trim());
  return parts;
}

function toSegment(raw: string): Segment {
  return { raw, t: normalize(raw) };
}

function classifyAll(raw: string, context: PlanContext): Outcome[] {
  const whole = toSegment(raw);
  const pieces = segments(raw);
  if (pieces.length <= 1) {
    const o = classify(whole, context);
    return o ? [o] : [];
  }
  const outcomes: Outcome[] = [];
  let pending = "";
  for (const piece of pieces) {
    const text = pending ? `${pending} ${piece}` : piece;
    const o = classify(toSegment(text), context);
    if (o) {
      outcomes.push(o);
      pending = "";
    } else if (outcomes.length > 0 && !pending) {
      // A trailing detail ("remote, around 120k") belongs to the request before it.
      const last = outcomes.length - 1;
      const prevText = pieces.slice(0, pieces.indexOf(piece)).join(" ");
      const merged = classify(toSegment(`${prevText} ${piece}`), context);
      if (merged && outcomes.length === 1) outcomes[last] = merged;
    } else pending = text;
  }
  if (outcomes.length === 0) {
    const o = classify(whole, context);
    return o ? [o] : [];
  }
  return outcomes;
}

const YES =
  /^(?:yes|yep|yeah|yup|y|confirm(?:ed)?|i am sure|sure|do it|go ahead|delete (?:it|everything|all)|please do|absolutely|ok(?:ay)? delete)\b/;
const STOP =
  /^(?:stop|quit|enough|end (?:practice|practise|the interview)|cancel|exit|no more|i am done|that is enough)\b/;
const SKIP = /^(?:skip|next|pass|another one|next one|give me another|i do not know|no idea|dunno)\b/;

function fromAwaiting(raw: string, t: string, context: PlanContext): Outcome | null | "continue" {
  switch (context.focus.awaiting) {
    case "delete_confirmation":
      if (YES.test(t)) return { calls: [call("delete_data", { confirm: true })], awaiting: null };
      return classify(toSegment(raw), context) ?? { calls: [], say: { kind: "cancelled" }, awaiting: null };
    case "practice_answer": {
      if (STOP.test(t)) return { calls: [], say: { kind: "cancelled" }, awaiting: null };
      if (SKIP.test(t)) return { calls: [call("practice_question")] };
      const other = classify(toSegment(raw), context);
      if (other && (other.calls.length > 0 || other.say?.kind !== "unknown") && raw.length < 80) return other;
      const args: Record<string, unknown> = { answer: raw.trim() };
      if (context.focus.questionId) args.questionId = context.focus.questionId;
      return { calls: [call("answer_question", args)] };
    }
    case "job": {
      const other = classify(toSegment(raw), context);
      if (other) return other;
      if (raw.trim().length < 3) return "continue";
      return { calls: [call("set_dream_job", { text: raw.trim() }), call("analyze_fit")], awaiting: null };
    }
    default:
      return "continue";
  }
}

const MERGEABLE = new Set<PlannedCall["name"]>([
  "create_roadmap",
  "analyze_fit",
  "show_skills",
  "show_profile",
  "show_roadmap",
  "explain_score",
  "list_applications",
  "application_stats",
  "export_data",
]);

export function understand(text: string, context: PlanContext): Plan {
  const raw = text.trim();
  const t = normalize(raw);
  const prefix: PlannedCall[] = context.attachments.map((filename) => call("read_resume", { filename }));
  let outcomes: Outcome[] = [];

  if (raw && looksLikePosting(raw)) {
    // Only the person's own framing counts, not words of the ad ("company" is not "compare").
    const framing = raw.split("\n")[0].toLowerCase();
    const asks =
      /\b(?:am i (?:a )?(?:good )?(?:fit|qualified|ready)|analy[sz]e|how do i (?:compare|match|stack up)|check my fit|do i (?:fit|qualify))\b/.test(
        framing,
      );
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
    const awaited = fromAwaiting(raw, t, context);
    if (awaited && awaited !== "continue") outcomes = [awaited];
    else if (awaited === null) outcomes = [];
    else {
      const { greeted, rest } = smallTalkRule(toSegment(raw), context)
        ? { greeted: false, rest: t }
        : stripGreeting(t);
      const body = greeted ? raw.slice(raw.length - rest.length) : raw;
      outcomes = classifyAll(greeted && body.trim() ? body : raw, context);
    }
  }

  const plan: Plan = { calls: [...prefix], says: [] };
  for (const o of outcomes) {
    for (const c of o.calls) {
      // "2 hours daily for 4 weeks, make a plan": one roadmap with both budgets, not two.
      const same = MERGEABLE.has(c.name) ? plan.calls.find((p) => p.name === c.name) : undefined;
      if (same) {
        Object.assign(same.args, c.args);
        continue;
      }
      // A resume upload with "here's my resume" needs no second prompt for it.
      if (prefix.length > 0 && c.name === "read_resume") continue;
      if (!plan.calls.some((p) => p.name === c.name && JSON.stringify(p.args) === JSON.stringify(c.args)))
        plan.calls.push(c);
    }
    if (o.say && !(prefix.length > 0 && o.say.kind === "ask_resume")) plan.says.push(o.say);
    if (o.awaiting !== undefined) plan.awaiting = o.awaiting;
  }
  // "I also have 2 years of Spark, can you reanalyse?": the reanalysis already analyses again.
  if (plan.calls.some((c) => c.name === "reanalyze"))
    plan.calls = plan.calls.filter((c) => c.name !== "analyze_fit");
  if (plan.calls.length === 0 && plan.says.length === 0) plan.says.push({ kind: raw ? "unknown" : "help" });
  return restrictToAvailable(plan, context);
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
