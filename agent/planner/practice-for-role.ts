/**
 * "practice interview questions for this role", "quiz me for this job", "drill me on the
 * position": practice on the person's target role, started now. It was read as a search on
 * the topic "role" (a list of HR and project-manager questions for a data analyst target), or
 * as practice on whatever list was last shown. `target: true` tells the practice tool to
 * take the target's questions (or its nearest set) and not the list in focus.
 */
import type { Focus } from "../graph/focus.ts";
import { namesGaps } from "./gaps-named.ts";
import type { Segment } from "./types.ts";

/** The last turn put the target or its analysis in front of the person. */
const AFTER_TARGET = new Set(["set_dream_job", "analyze_fit", "reanalyze", "explain_gap", "show_analysis"]);

/** Asking to be quizzed rather than shown: practise, quiz, drill, rehearse, mock interview, test me. */
const PRACTISE =
  /\b(?:practi[cs]e|quiz|drill|rehearse|prep(?:are)?\s+me|mock\s+interview|test\s+me|grill\s+me|run\s+me\s+through)\b/;

/** The role in front of them: "this role", "the job", "my target", "for it", "for this position". */
const THIS_ROLE =
  /\b(?:(?:this|that|the|my|the\s+target|my\s+target)\s+(?:role|job|position|posting|opening|target|one)|for\s+(?:it|this|that)|my\s+target)\b/;

/** A topic, skill or list item named, which the ordinary reading keeps ("drill me on SQL", "quiz me on the 2nd"). */
const NAMES_SOMETHING_ELSE =
  /\b(?:on|about|in)\s+(?!(?:this|that|the|my)\s+(?:role|job|position|posting|opening|target)\b)\S+/;

/**
 * Whether the message asks to practise the target role's questions: "this role/job" said with a
 * target or analysis in play, or a bare "drill me" right after the target or its analysis (after
 * a list of questions, "quiz me" keeps practising that list).
 */
export function practisesTargetRole(seg: Segment, focus: Focus): boolean {
  // Practice aimed at the weak points is practice on the gaps, not the role's general set.
  if (!(focus.jobId || focus.analysisId) || !PRACTISE.test(seg.t) || namesGaps(seg.t)) return false;
  if (THIS_ROLE.test(seg.t)) return true;
  const bare =
    /^(?:(?:ok(?:ay)?|now|then|pls|please|so|alright|right|go)[\s,]+)*(?:quiz|drill|grill|test|prep)\s+me(?:\s+(?:now|please|pls|then))?[\s.!?]*$/;
  return bare.test(seg.t) && !NAMES_SOMETHING_ELSE.test(seg.t) && AFTER_TARGET.has(focus.lastIntent ?? "");
}
