/**
 * Short messages about the thing the conversation just produced, which the model reads as
 * something else (conv12s, kinds of blind9's misses):
 * - a judgement of the verdict in focus ("is that good or bad?", "c'est bien ou pas ?") is its
 *   score explained, not the top gap;
 * - "what do I tackle first?" over an analysis's gaps is the top gap, not the help list;
 * - "how do I get there, step by step?" with a target set is a roadmap, not other occupations;
 * - "actually just delete it" right after an application was logged or moved removes that one
 *   (it was read as a new target named "just delete it").
 * Each holds only when the conversation has the thing it points at.
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import { statusToldPlainly } from "./news-told-plainly.ts";
import { takesAway } from "./operation-words.ts";
import type { Reading } from "./reading.ts";
import { requirementWeightAsked } from "./requirement-weight-asked.ts";
import { trackedIn } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { statusSaidAsEvent } from "./status-said-as-events.ts";
import { asksForTopGap } from "./top-gap-asked.ts";
import { call, type Outcome, type PlanContext } from "./types.ts";
import { complaintAboutVerdict } from "./verdict-complaint.ts";

const GOOD = "(?:good|bad|ok|okay|fine|decent|normal|high|low|great|terrible|solid|any good)";
/** A judgement of "it/that/this/the score" and nothing else, in the chat's languages. */
const JUDGED = new RegExp(
  String.raw`^(?:so\s+|and\s+|but\s+|hm+\s+|ok\s+)?(?:is|was|are)\s+(?:it|that|this|these|those|the score|my score|the result|that score|that result|\d{1,3})(?:\s+(?:one|score|result|number))?\s+(?:any\s+|actually\s+|really\s+|pretty\s+)?${GOOD}(?:\s+or\s+(?:not|${GOOD}))?\s*\??$|^(?:c['’]est|est-ce)\s+(?:bien|bon|mauvais)(?:\s+ou\s+(?:pas|mauvais|mal))?\s*\??$|^(?:eso\s+)?(?:est[aá]|es)\s+(?:bien|bueno|malo)(?:\s+o\s+(?:no|malo|mal))?\s*\??$|^ist\s+(?:das|es)\s+(?:gut|schlecht)(?:\s+oder\s+(?:nicht|schlecht))?\s*\??$|^(?:isso\s+)?(?:[eé]|t[aá])\s+(?:bom|ruim)(?:\s+ou\s+(?:n[aã]o|ruim))?\s*\??$|^(?:ye|yeh|woh?)\s+(?:accha|achha|theek|bura)\s+(?:hai\s+)?(?:ya\s+(?:bura|nahi)\s+)?(?:hai\s*)?\??$`,
  "iu",
);

/** The way to the target asked for as steps: a plan, not the occupations nearby. */
const STEPS_TO_TARGET =
  /\bstep[- ]by[- ]step\b|\b(?:path|way|road|route)\s+(?:from here|there|to get there)\b|\bhow do i get there\b|(?<![\p{L}])(?:paso a paso|passo a passo|[ée]tape par [ée]tape|schritt f[üu]r schritt)(?![\p{L}])/iu;
/** Words that ask about the verdict or an interview, which a step-by-step may explain. */
const ABOUT_OTHER = /\b(?:why|score|gap|gaps|missing|interview|question|verdict|unfit)\b/;

/** "delete it", "remove that one", "drop this": the only object is a pointing word. */
const POINTED =
  /(?<![\p{L}])(?:it|that(?:\s+one)?|this(?:\s+one)?|the application|that application|eso|isso|ça|das)(?![\p{L}])/iu;
const WITHDREW = /\bi\s+(?:just\s+|already\s+)?(?:pulled|withdrew|backed out|took my (?:name|application))\b/;
const REMINDER = /\b(?:remind|reminder|heads up|ping me|nudge me|alert me)\b/;
const LOOKS_UP = new Set(["list_applications", "application_stats"]);
const APPLICATION_ACTS = new Set(["add_application", "update_application_status", "change_application"]);

export function saidOfFocus(reading: Reading, context: PlanContext): Outcome | undefined {
  const { focus } = context;
  const { t, raw } = reading.seg;
  const words = raw.trim().split(/\s+/).length;
  // "this verdict is garbage, useless bot": answered in words, never a re-run (verdict-complaint.ts).
  const complaint = complaintAboutVerdict(raw, Boolean(focus.analysisId));
  if (complaint) return complaint;
  if (focus.analysisId && focus.topic === "analysis" && JUDGED.test(raw.trim()))
    return { calls: [call("explain_score", {})] };
  const unsure = reading.score < 0.5 || reading.intent === "help" || reading.intent === "unclear";
  // "is SQL a must-have or a nice-to-have?" over an analysis: that requirement's gap (requirement-weight-asked.ts).
  const writes = reading.score >= 0.7 && /^(?:set_|add_|update_|remove_|record_)/.test(reading.intent);
  const weighed = writes ? undefined : requirementWeightAsked(reading, context);
  if (weighed) return weighed;
  if (focus.gaps?.length && focus.topic === "analysis" && unsure && asksForTopGap(t) && words <= 10)
    return { calls: [call("explain_gap", { top: true })] }; // the tool finds it, fresh
  if (focus.jobId && STEPS_TO_TARGET.test(t) && !ABOUT_OTHER.test(t) && words <= 14)
    return focus.roadmapId
      ? { calls: [call("show_roadmap")] }
      : INTENT_PLANS.create_roadmap?.(reading.seg, context);
  // The application plan asks which one for a bare "it" (deleting cannot be undone); right after
  // that one application was logged or moved, in the very next message, it is the only one meant.
  const just = APPLICATION_ACTS.has(focus.lastIntent ?? "") ? focus.application : undefined;
  const otherName = /\s(?!I\b)\p{Lu}/u.test(raw.replace(/^\S+/, ""));
  if (just && words <= 14 && takesAway(t) && POINTED.test(t) && !otherName)
    return { calls: [call("delete_application", { application: just.company })] };
  // "Figma wants a call", "got a no from Figma": news of a tracked application said as what happened.
  // "I pulled my Figma application": a withdrawal told in the first person is news, not a list (conv14u).
  // "X ha rechazado mi candidatura" read as a list filter: a status told plainly is news (conv15u).
  const listed = LOOKS_UP.has(reading.intent) || reading.score < 0.5;
  const news =
    statusSaidAsEvent(t) ??
    (WITHDREW.test(t) ? extractStatus(t) : undefined) ??
    (listed ? statusToldPlainly(t) : undefined);
  // A longer message still tells the news when it asks for no reminder ("… can you note that").
  const short = words <= 16 || (words <= 26 && !REMINDER.test(t));
  if (news && (just || trackedIn(t, context.tracked ?? [])) && short)
    return INTENT_PLANS.update_application_status?.(reading.seg, context);
  return undefined;
}
