/**
 * How many of the must-haves a hard rule reads as missing are credibly near all the same
 * (issue 13, verdict16w): the rule's UNFIT is the least sure where the resume shows the ability
 * in other words than the ad's. On the lead's frozen fit-blind set four FIT pairs were decided
 * UNFIT by a must-have "not found" at 0.94-0.97 — the rule's record on the team and dev pairs,
 * which the analysis was tuned on, did not transfer. A missing must-have is near when:
 * - verdict-near.ts finds a reason (the ad line it was read from is met by a quoted resume line,
 *   it is a central tool of the occupation the person held for years, or a soft skill), or
 * - the ad line it was read from is partly evidenced by meaning (a resume line between the
 *   evidence's "none" and "met" similarities: partialCredit > 0).
 * The share is an input of the stated confidence's per-path map (path-confidence.ts), never of the
 * verdict itself. Measured as an input of the rule's own confidence it separated nothing
 * (rule-probability.ts RULE_INPUTS says why).
 */
import { partialCredit } from "./evidence.ts";
import type { GroupResult } from "./match.ts";
import type { Context } from "./stage-context.ts";
import { nearGaps } from "./verdict-near.ts";

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The missing must-haves (by label) that are near by a reason or by meaning. */
export function nearMustHaves(ctx: Context, evidenced: GroupResult[], missing: string[]): string[] {
  if (!missing.length) return [];
  const reasoned = new Set(nearGaps(ctx, evidenced, missing).flatMap((g) => (g.near ? [g.name] : [])));
  const byLabel = new Map(evidenced.map((r) => [r.group.label, r]));
  return missing.filter((name) => reasoned.has(name) || partlyEvidenced(ctx, byLabel.get(name)));
}

/** The ad line the must-have was read from is partly evidenced by a resume line's meaning. */
function partlyEvidenced(ctx: Context, r: GroupResult | undefined): boolean {
  const line = r ? squash(r.group.evidence) : "";
  if (!line) return false;
  return ctx.evidence.some((e) => {
    if (e.requirement.kind !== "required" || e.requirement.typicalOf) return false;
    const ask = squash(e.requirement.text);
    return ask.length > 0 && (line.includes(ask) || ask.includes(line)) && partialCredit(e.similarity) > 0;
  });
}
