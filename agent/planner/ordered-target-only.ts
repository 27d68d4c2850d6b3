/**
 * A story closed by an order to set the target ("dialysis nurse 8 yrs, I want to become a clinical
 * nurse educator, put that as my target please", "… Ponlo como mi meta") asks for one thing: the
 * target. The job held is the reason for the wish, not a request to change the profile (conv16u: the
 * largest kind of blind15's misses; every outside split labels such messages set_dream_job alone).
 * A story with a wish and no such order still saves the job beside the target (background-said.ts,
 * chat12q's besideWish).
 */
import { withoutSetDirective } from "./set-directive.ts";
import type { Outcome } from "./types.ts";

/** The outcomes without a background save, when the message closes with the order and sets a target. */
export function orderedTargetOnly(outcomes: Outcome[], raw: string): Outcome[] {
  const sets = outcomes.some((o) => o.calls.some((c) => c.name === "set_dream_job"));
  if (!sets || !withoutSetDirective(raw)) return outcomes;
  return outcomes
    .map((o) => ({ ...o, calls: o.calls.filter((c) => c.name !== "save_background") }))
    .filter((o) => o.calls.length > 0 || o.say);
}
