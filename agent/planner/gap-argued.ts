/**
 * "why is kubernetes a gap?? i've used docker a ton": a question about a gap and a skill held
 * set against it. The pieces read as explain_gap and reanalyze (the claim as new context), so the
 * analysis ran again unasked. The claim is an argument, not a request: the skill is recorded
 * (add_skill) and the gap explained against it (explain_gap's `claimed`: why it did not count,
 * or that it counts now); the analysis runs again only when the message asks for it.
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import { toSegment } from "./reading.ts";
import type { Outcome, PlanContext } from "./types.ts";

/** A re-run asked in the claim itself: "… so rerun it", "update my score". */
const ASKS_RERUN =
  /\b(?:re-?run|re-?do|re-?analy[sz]e|re-?check|run (?:it|that|the (?:analysis|check)) again|again|update (?:my|the) (?:score|analysis|result)|recalculate)\b/i;

export function gapArgued(outcomes: Outcome[], context: PlanContext): Outcome[] {
  const asked = outcomes.find((o) => o.calls.some((c) => c.name === "explain_gap" && c.args.skill));
  const argued = outcomes.find((o) => o.calls.length === 1 && o.calls[0]!.name === "reanalyze");
  const claim = argued?.calls[0]?.args.context;
  if (!asked || !argued || typeof claim !== "string" || ASKS_RERUN.test(claim)) return outcomes;
  const added = INTENT_PLANS.add_skill!(toSegment(claim), context).calls.find((c) => c.name === "add_skill");
  const claimed = added?.args.skill;
  if (!added || typeof claimed !== "string") return outcomes;
  const explained = {
    ...asked,
    calls: asked.calls.map((c) => (c.name === "explain_gap" ? { ...c, args: { ...c.args, claimed } } : c)),
  };
  // Recorded first, so the explanation can say it is on the profile now.
  return [
    { calls: [added] },
    ...outcomes.filter((o) => o !== argued).map((o) => (o === asked ? explained : o)),
  ];
}
