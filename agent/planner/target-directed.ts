/**
 * A message closed by an order to set what it said as the target ("…, so yeah put that as my
 * target", "Enregistre ça comme poste visé", "yahi target rakho"; set-directive.ts) sets the target
 * from the rest of the message, whatever else the model read in it (a fit check, nothing sure).
 * The order's own words are no part of the role ("rakho" was set as a job title; conv15u).
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import { normalize } from "./normalize.ts";
import { withoutSetDirective } from "./set-directive.ts";
import type { Outcome, PlanContext } from "./types.ts";

export function targetDirected(raw: string, context: PlanContext): Outcome | undefined {
  const rest = withoutSetDirective(raw);
  return rest ? INTENT_PLANS.set_dream_job?.({ raw: rest, t: normalize(rest) }, context) : undefined;
}
