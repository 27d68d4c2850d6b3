/**
 * "I want to go from nanny to pediatric OT assistant", "trying to switch from retail to HR, give
 * me a plan", "aiming for payroll clerk roles, ideally remote": the target said as a move from
 * the job held, or as the roles aimed for, which the model reads between a target, a fit check
 * and a roadmap and so asked back (conv12s, a kind of blind9's misses). Read only when the
 * model is unsure or reads one of the requests it is mistaken for: the target after "to" is set,
 * and a plan asked for beside it is made.
 */
import { CLARIFY_BELOW } from "./nlu/intent-model.ts";
import type { Reading } from "./reading.ts";
import { call, type Outcome } from "./types.ts";

const END = String.raw`(?=\s*[,.;!?]|\s+(?:and|but|so|give|make|can|could|please|pls|what|how|ideally|asap|next|this|in|at)\b|$)`;
const FROM_TO = new RegExp(
  String.raw`\b(?:go|get|switch|transition|pivot|jump|change careers?|career change)\s+from\s+(?:(?:a|an|being\s+an?)\s+)?[^,.;!?]+?\s+(?:to|into)\s+(?:(?:a|an|becoming\s+an?|being\s+an?)\s+)?([^,.;!?]+?)${END}`,
  "i",
);
const AIMING =
  /^(?:i'?m\s+|i\s+am\s+|currently\s+|mostly\s+|now\s+)?(?:aiming|gunning|shooting|targeting|targetting)\s+(?:for\s+)?(?:an?\s+)?([^,.;!?]+?)\s+(?:roles?|jobs?|positions?|openings?)\b/i;
/** A plan asked for; "that's the plan" only affirms the move. */
const PLAN = /(?<!\b(?:that'?s|thats|that is|this is|it'?s)\s+(?:the|my)\s+)\b(?:plan|roadmap|steps)\b/i;
/** "nanny → pediatric OT assistant", "retail -> HR": the move drawn with an arrow (conv14u). */
const ARROW = new RegExp(
  String.raw`^[^→>]{2,50}?\s*(?:→|->|=>|-->|⇒)\s*(?:(?:a|an)\s+)?([^,.;!?→]+?)${END}`,
  "iu",
);
/** "from here to there", "from where I am to where I want to be": the way to the target set, no new one. */
const POINTING =
  /^(?:there|here|it|that|this|that job|that role|this job|this role|where i (?:want|need|wanna) to be|the (?:target|goal|dream job))$/i;

/**
 * Readings a move or an aim is mistaken for: a plan, nearby occupations, a fit check, a
 * preference; and the target itself, whose plan would keep the words around the role
 * ("gunning for warehouse supervisor jobs" is the target "warehouse supervisor").
 */
const MISTAKEN_FOR = new Set([
  "set_dream_job",
  "create_roadmap",
  "career_paths",
  "analyze_fit",
  "set_preferences",
  "help",
  "unclear",
]);

export function moveSaid(reading: Reading): Outcome | undefined {
  const unsure = reading.score < CLARIFY_BELOW;
  const raw = reading.seg.raw;
  // The arrow's target is the one set, when the model reads a target too (the whole held the job
  // left) or is unsure (it read "paramedic → flight nurse" as out of scope).
  const drawn = (reading.intent === "set_dream_job" || reading.score < 0.7) && ARROW.test(raw.trim());
  if (!unsure && !MISTAKEN_FOR.has(reading.intent) && !drawn) return undefined;
  const role = (FROM_TO.exec(raw)?.[1] ?? AIMING.exec(raw)?.[1] ?? ARROW.exec(raw.trim())?.[1])?.trim();
  if (!role || role.split(/\s+/).length > 6 || POINTING.test(role)) return undefined;
  const target = call("set_dream_job", { text: role });
  return { calls: PLAN.test(raw) ? [target, call("create_roadmap")] : [target] };
}
